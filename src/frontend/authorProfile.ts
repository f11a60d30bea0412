import { safeHref } from './safeHref.js'

export type AuthorImage = { alt: string; height?: number; url: string; width?: number }

/** What the byline and author box show of an author. */
export type AuthorProfile = {
  bio?: string
  image?: AuthorImage
  name: string
  role?: string
  /** The author's own page (the byline links to it). */
  url?: string
  /** Profiles elsewhere (`sameAs`), safe URLs only. */
  sameAs: string[]
}

type AuthorDoc = {
  bio?: unknown
  image?: unknown
  name?: unknown
  role?: unknown
  sameAs?: unknown
  url?: unknown
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined

const size = (value: unknown): number | undefined => (typeof value === 'number' && value > 0 ? value : undefined)

/** A populated upload (`url`, `alt`, `width`, `height`) or a plain image URL. */
const imageOf = (value: unknown, name: string): AuthorImage | undefined => {
  if (typeof value === 'string') {
    const src = safeHref(text(value))
    return src ? { alt: name, url: src } : undefined
  }
  if (!value || typeof value !== 'object') return undefined
  const { alt, height, url, width } = value as Record<string, unknown>
  const src = safeHref(text(url))
  return src ? { alt: text(alt) ?? name, height: size(height), url: src, width: size(width) } : undefined
}

const linksOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap((row) => {
        const href = safeHref(text(typeof row === 'string' ? row : (row as { url?: unknown } | null)?.url))
        return href && /^https?:/i.test(href) ? [href] : []
      })
    : []

/**
 * The author as the page shows them, from a populated author document (an authors collection or
 * a users collection with a `name`); undefined for an unpopulated ID, null, or a nameless doc, so
 * byline and author box render nothing rather than an empty shell.
 */
export const authorProfile = (author: unknown): AuthorProfile | undefined => {
  if (!author || typeof author !== 'object' || Array.isArray(author)) return undefined
  const doc = author as AuthorDoc
  const name = text(doc.name)
  if (!name) return undefined
  const profile: AuthorProfile = { name, sameAs: linksOf(doc.sameAs) }
  const role = text(doc.role)
  if (role) profile.role = role
  const bio = text(doc.bio)
  if (bio) profile.bio = bio
  const url = safeHref(text(doc.url))
  if (url) profile.url = url
  const image = imageOf(doc.image, name)
  if (image) profile.image = image
  return profile
}
