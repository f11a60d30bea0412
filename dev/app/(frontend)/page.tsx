import type { Metadata } from 'next'

import { ArticleCard, slugifyHeading } from 'payload-prompt-kit/rsc'

import { articlePlacements } from '../../lib/articlePlacements.js'
import { listPublishedArticles } from '../../lib/articles.js'
import { groupArticles } from '../../lib/groupArticles.js'
import { siteOptions, sitePayload } from '../../lib/sitePayload.js'
import { readingTimes } from './_site/readingTimes.js'
import { siteIdentity } from './_site/siteIdentity.js'

// Rendered per request: a build has no database to prerender from. (The revalidation hook still
// names `/`, for sites that cache their index.)
export const dynamic = 'force-dynamic'

/** Title and description for search results and link previews (Lighthouse SEO wants a description). */
export const generateMetadata = async (): Promise<Metadata> => {
  const { name } = await siteIdentity()
  const description = `${name}: guides and explainers, grouped by topic, each with its author, sources and dates.`
  return {
    description,
    openGraph: { description, siteName: name, title: `Articles · ${name}`, type: 'website' },
    title: `Articles · ${name}`,
  }
}

/** Every published article as a card, grouped by topical map and content group. */
const Home = async () => {
  const payload = await sitePayload()
  const site = siteOptions(payload)
  const { lang } = await siteIdentity()
  const articles = await listPublishedArticles(payload, site)
  const [placementOf, minutes] = await Promise.all([
    articlePlacements(payload, site.slugs, articles),
    readingTimes(payload, site, articles),
  ])
  const sections = groupArticles(articles, placementOf)

  return (
    <>
      <h1 className="ppk-page-title">Articles</h1>
      <p className="ppk-lead">Guides and explainers, grouped by topic.</p>
      {sections.length ? null : <p>No published articles yet.</p>}
      {sections.map((section) => (
        <section aria-labelledby={`map-${slugifyHeading(section.title)}`} className="ppk-section topical-map" key={section.title}>
          <h2 className="ppk-section-title" id={`map-${slugifyHeading(section.title)}`}>
            {section.title}
          </h2>
          {section.groups.map((group) => (
            <section className="content-group" key={group.name}>
              <h3 className="ppk-group-title">{group.name}</h3>
              <ul className="ppk-cards">
                {group.articles.map((article) => (
                  <li key={String(article.id)}>
                    <ArticleCard
                      description={article.description}
                      headingLevel={4}
                      href={article.href}
                      locale={lang}
                      publishedAt={article.publishedAt}
                      readingMinutes={minutes.get(String(article.id))}
                      title={article.title}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </>
  )
}

export default Home
