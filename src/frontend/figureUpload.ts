/** What a figure needs of an upload document (Payload's upload fields). */
export type FigureUpload = {
  alt?: null | string
  height?: null | number
  url?: null | string
  width?: null | number
}

/** An upload that can be shown: it has a URL. */
export type ShownUpload = { alt?: string; height?: number; url: string; width?: number }

const positiveInt = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined

/**
 * The upload an image-plan item shows: its `image` populated (the article read at depth ≥ 1), with
 * a URL. An ID alone (depth 0, or an upload the reader may not see) is no upload to show.
 */
export const figureUpload = (value: unknown): ShownUpload | undefined => {
  if (!value || typeof value !== 'object') return undefined
  const { alt, height, url, width } = value as Record<string, unknown>
  if (typeof url !== 'string' || url.trim() === '') return undefined
  return {
    alt: typeof alt === 'string' ? alt : undefined,
    height: positiveInt(height),
    url,
    width: positiveInt(width),
  }
}

/**
 * The article's main image: the image plan's first item, when it has an upload to show, with the
 * plan's alt text (else the upload's). For cards, `og:image` fallbacks and the JSON-LD `image`.
 */
export const heroUpload = (imagePlan: unknown): (ShownUpload & { alt: string }) | undefined => {
  const first = Array.isArray(imagePlan) ? (imagePlan[0] as { altText?: unknown; image?: unknown } | undefined) : undefined
  const shown = figureUpload(first?.image)
  const alt = (typeof first?.altText === 'string' && first.altText.trim()) || shown?.alt?.trim()
  return shown && alt ? { ...shown, alt } : undefined
}
