import { buildArticleJsonLd } from 'payload-prompt-kit'

import type { SiteOptions } from './sitePayload.js'
import type { SiteArticle } from './types.js'

/**
 * The article's structured data: the `jsonLd` the plugin rebuilt from these same fields when the
 * shown version was saved (so its FAQPage equals the rendered FAQ), or — for a document saved
 * before the plugin kept it — built now from the fields.
 */
export const articleJsonLd = (article: SiteArticle, { articlePath, siteUrl }: SiteOptions): unknown =>
  article.jsonLd && typeof article.jsonLd === 'object' && !Array.isArray(article.jsonLd)
    ? article.jsonLd
    : buildArticleJsonLd({ ...article, meta: article.meta ?? undefined }, { articlePath, siteUrl })
