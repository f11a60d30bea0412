import type { Metadata } from 'next'

import { articlePlacements } from '../../lib/articlePlacements.js'
import { listPublishedArticles } from '../../lib/articles.js'
import { groupArticles } from '../../lib/groupArticles.js'
import { siteOptions, sitePayload } from '../../lib/sitePayload.js'

// Rendered per request: a build has no database to prerender from. (The revalidation hook still
// names `/`, for sites that cache their index.)
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Articles' }

const Home = async () => {
  const payload = await sitePayload()
  const site = siteOptions(payload)
  const articles = await listPublishedArticles(payload, site)
  const sections = groupArticles(articles, await articlePlacements(payload, site.slugs, articles))

  return (
    <main>
      <h1>Articles</h1>
      {sections.length ? null : <p>No published articles yet.</p>}
      {sections.map((section) => (
        <section className="topical-map" key={section.title}>
          <h2>{section.title}</h2>
          {section.groups.map((group) => (
            <section className="content-group" key={group.name}>
              <h3>{group.name}</h3>
              <ul>
                {group.articles.map((article) => (
                  <li key={String(article.id)}>
                    <a href={article.href}>{article.title}</a>
                    {article.description ? <p>{article.description}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </main>
  )
}

export default Home
