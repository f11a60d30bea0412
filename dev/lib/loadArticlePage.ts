import { cache } from 'react'

import type { EeatRow } from 'payload-prompt-kit'

import type { SiteArticle } from './types.js'

import { articleEvidence } from './articleEvidence.js'
import { articleJsonLd } from './articleJsonLd.js'
import { findArticle } from './articles.js'
import { mediaSources } from './mediaSources.js'
import { previewUser } from './previewUser.js'
import { siteOptions, sitePayload } from './sitePayload.js'

export type ArticlePageData = {
  article: SiteArticle
  /** E-E-A-T items an editor verified and completed; the only ones the page shows. */
  evidence: EeatRow[]
  /** The structured data to embed; its FAQPage lists the rendered FAQ. */
  jsonLd: unknown
  /** Uploaded image URLs by image-plan filename. */
  imageSources: Map<string, string>
  /** True when an editor sees the latest draft. */
  preview: boolean
  site: ReturnType<typeof siteOptions>
}

/**
 * Everything the article page renders, or null (→ 404) for an unknown slug or a draft seen by a
 * reader. Cached per request, so `generateMetadata` and the page share one database read.
 */
export const loadArticlePage = cache(async (slug: string): Promise<ArticlePageData | null> => {
  const payload = await sitePayload()
  const site = siteOptions(payload)
  const editor = await previewUser(payload)
  const article = await findArticle(payload, site, slug, editor)
  if (!article) return null
  const filenames = (article.imagePlan ?? []).flatMap((image) => (image?.filename ? [image.filename] : []))
  const evidence = await articleEvidence(payload, site, article, editor)
  return {
    article,
    evidence,
    imageSources: await mediaSources(payload, site.mediaCollection, filenames),
    // Readers cannot read the ledger: the JSON-LD cites the shown evidence only.
    jsonLd: articleJsonLd({ ...article, eeat: evidence }, site),
    preview: Boolean(editor),
    site,
  }
})
