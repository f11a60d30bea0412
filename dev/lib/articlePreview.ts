import type { Plugin } from 'payload'

/** The site URL that turns on draft mode for a logged-in editor and opens the article. */
export const previewPath = (slug: string) => `/next/preview?slug=${encodeURIComponent(slug)}`

/**
 * Adds the admin's "Preview" button to the article collection, keeping the rest of its admin
 * settings (an `overrides.articles.admin` would replace them all).
 */
export const withArticlePreview =
  (articlesSlug = 'articles'): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === articlesSlug
        ? {
            ...collection,
            admin: {
              ...collection.admin,
              preview: (doc) => (typeof doc.slug === 'string' && doc.slug ? previewPath(doc.slug) : null),
            },
          }
        : collection,
    ),
  })
