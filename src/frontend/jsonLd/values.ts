/** Small readers for loosely typed document values (drafts and unpopulated relations included). */

const absoluteUrl = /^https?:\/\//i

export const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/** The first non-empty string, trimmed. */
export const text = (...values: unknown[]): string | undefined =>
  values.find((value): value is string => nonEmpty(value))?.trim()

export const isoDate = (value: Date | null | string | undefined): string | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/** `path` on `siteUrl`; an absolute `path` is kept. */
export const joinUrl = (siteUrl: string, path: string): string =>
  absoluteUrl.test(path) ? path : `${siteUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`

/** An absolute image URL, or undefined when `imageUrl` cannot be made one safely. */
export const resolveImage = (siteUrl: string, imageUrl: null | string | undefined): string | undefined => {
  if (!nonEmpty(imageUrl)) return undefined
  if (absoluteUrl.test(imageUrl)) return imageUrl
  // Only root-relative paths can be made absolute safely; a bare word may not be a URL at all.
  return imageUrl.startsWith('/') && !imageUrl.startsWith('//') ? joinUrl(siteUrl, imageUrl) : undefined
}

/** An absolute http(s) URL as given, or undefined (a profile link must never be `javascript:`). */
export const httpUrlOf = (value: unknown): string | undefined => {
  const url = text(value)
  if (!url) return undefined
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol) ? url : undefined
  } catch {
    return undefined
  }
}

export type UploadInfo = { alt?: string; height?: number; url?: string; width?: number }

const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined

/** A URL string, or an upload as Payload returns it at depth ≥ 1 (an unpopulated ID has no URL). */
export const uploadOf = (image: unknown): UploadInfo => {
  if (typeof image === 'string') return { url: text(image) }
  if (!image || typeof image !== 'object') return {}
  const { alt, height, url, width } = image as Record<string, unknown>
  return { alt: text(alt), height: positive(height), url: text(url), width: positive(width) }
}

/** The http(s) URLs of a `sameAs` array (`[{ url }]`), without duplicates. */
export const sameAsUrls = (rows: unknown): string[] =>
  Array.isArray(rows)
    ? [...new Set(rows.flatMap((row) => {
        const url = httpUrlOf(row && typeof row === 'object' ? (row as { url?: unknown }).url : row)
        return url ? [url] : []
      }))]
    : []
