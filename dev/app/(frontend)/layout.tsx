import type { ReactNode } from 'react'

// The package's optional stylesheet (a host imports `payload-prompt-kit/styles.css`; the dev app
// reads the source so edits show without a build).
import '../../../src/styles/ppk.css'

import { SiteLogo } from './_site/SiteLogo.js'
import { siteIdentity } from './_site/siteIdentity.js'

// A second root layout: the admin's <html> comes from (payload)/layout.tsx, the site's from here.
const FrontendLayout = async ({ children }: { children: ReactNode }) => {
  const site = await siteIdentity()
  return (
    <html lang={site.lang}>
      <body className="ppk-site">
        <a className="ppk-skip-link" href="#content">
          Skip to content
        </a>
        <header className="ppk-header">
          <div className="ppk-header-inner">
            <a className="ppk-site-name" href="/">
              <SiteLogo />
              {site.name}
            </a>
            <nav aria-label="Site">
              <ul className="ppk-nav">
                <li>
                  <a href="/">Articles</a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main className="ppk-main" id="content">
          {children}
        </main>
        <footer className="ppk-footer">
          <div className="ppk-footer-inner">
            <p>
              © {new Date().getFullYear()} {site.publisher ?? site.name}
            </p>
            <p>Written with payload-prompt-kit on Payload CMS</p>
          </div>
        </footer>
      </body>
    </html>
  )
}

export default FrontendLayout
