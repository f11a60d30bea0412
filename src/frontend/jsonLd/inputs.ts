/**
 * The shapes the page builders read. Loose on purpose: documents come from Payload at any depth,
 * drafts may be partial, and uploads are either populated docs or URLs (no media collection).
 */

/** An author as the authors' collection stores it (users extended, or the plugin's `authors`). */
export type AuthorInput = {
  bio?: null | string
  /** An upload (populated) or an image URL. */
  image?: unknown
  name?: null | string
  role?: null | string
  sameAs?: Array<{ url?: null | string }> | null
  url?: null | string
}

/** The site settings global as Payload returns it. */
export type SiteSettingsInput = {
  defaultAuthor?: unknown
  defaultOgImage?: unknown
  locale?: null | string
  publisherLogo?: unknown
  publisherName?: null | string
  publisherUrl?: null | string
  sameAs?: Array<{ url?: null | string }> | null
  siteName?: null | string
  siteUrl?: null | string
  twitterHandle?: null | string
}

/** One step of a breadcrumb trail before the article itself. */
export type Breadcrumb = { name: string; path: string }

/** The author as a document, or undefined for an ID, null or anything without a name. */
export const authorDoc = (value: unknown): AuthorInput | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) && typeof (value as AuthorInput).name === 'string' && (value as AuthorInput).name!.trim()
    ? (value as AuthorInput)
    : undefined
