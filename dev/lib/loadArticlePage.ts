import { cache } from 'react'

import type { EeatRow, PublicAuthor } from 'payload-prompt-kit'

import type { SiteArticle } from './types.js'

import { articleEvidence } from './articleEvidence.js'
import type { ArticlePageSite } from './articleJsonLd.js'

import { articleJsonLd, loadArticleContext } from './articleJsonLd.js'
import { findArticle } from './articles.js'
import { mediaSources } from './mediaSources.js'
import { previewUser } from './previewUser.js'
import { siteOptions, sitePayload } from './sitePayload.js'

export type ArticlePageData = {
  /** The article as shown, its `author` replaced by the public profile below. */
  article: SiteArticle
  /** Public profile (name, role, bio, url, sameAs, image) of the article's author, else the site's default author. */
  author?: null | PublicAuthor
  /** E-E-A-T items an editor verified and completed; the only ones the page shows. */
  evidence: EeatRow[]
  /** The structured data to embed; its FAQPage lists the rendered FAQ. */
  jsonLd: unknown
  /** Uploaded image URLs by image-plan filename. */
  imageSources: Map<string, string>
  /** True when an editor sees the latest draft. */
  preview: boolean
  /** Where articles live, the site settings and the Open Graph card's path: `getArticleMetadata(article, site)`. */
  site: ArticlePageSite
}

/**
 * Everything the article page renders, or null (→ 404) for an unknown slug or a draft seen by a
 * reader. Cached per request, so `generateMetadata` and the page share one database read.
 */
export const loadArticlePage = cache(async (slug: string): Promise<ArticlePageData | null> => {
  const payload = await sitePayload()
  const site = siteOptions(payload)
  const editor = await previewUser(payload)
  const found = await findArticle(payload, site, slug, editor)
  if (!found) return null
  const context = await loadArticleContext(payload, site, found)
  const article = { ...found, author: context.author }
  const filenames = (article.imagePlan ?? []).flatMap((image) => (image?.filename ? [image.filename] : []))
  const imageSources = await mediaSources(payload, site.mediaCollection, filenames)
  const evidence = await articleEvidence(payload, site, article, editor)
  return {
    article,
    author: context.author,
    evidence,
    imageSources,
    // Readers cannot read the ledger: the JSON-LD cites the shown evidence only.
    jsonLd: articleJsonLd({ ...article, eeat: evidence }, context, imageSources),
    preview: Boolean(editor),
    site: context.site,
  }
})
