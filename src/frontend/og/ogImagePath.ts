import type { ArticlePath } from '../articlePath.js'

import { defaultArticlePath } from '../articlePath.js'

/** Where an article's generated Open Graph card is served; receives `updatedAt` to version the URL. */
export type OgImagePath = (article: { slug?: null | string; updatedAt?: Date | null | string }) => string

/**
 * `<article path>/og-image?v=<last change>`: the route the dev site serves with
 * `articleOgImageRoute`. The version changes with every save, so caches (and social networks) that
 * keep images for a long time fetch the new card after a title change.
 */
export const articleOgImagePath =
  (articlePath: ArticlePath = defaultArticlePath): OgImagePath =>
  (article) => {
    const base = `${articlePath({ slug: article.slug ?? null }).replace(/\/+$/, '')}/og-image`
    const changed = article.updatedAt ? new Date(article.updatedAt).getTime() : Number.NaN
    return Number.isFinite(changed) ? `${base}?v=${Math.floor(changed / 1000).toString(36)}` : base
  }
