import { lexicalHeadings } from '../gate/lexicalText.js'

/** How a `placement` ("## Choosing tools") and a heading ("Choosing tools") are compared. */
export const placementKey = (text: string): string =>
  text
    .replace(/^\s*#+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()

/** Heading texts of the given Lexical values, in page order. */
export const headingTexts = (...parts: unknown[]): string[] =>
  parts.flatMap((part) => lexicalHeadings(part).map((heading) => heading.text))

export type Placed<T> = {
  /** Items by `placementKey` of the heading they go under. */
  byHeading: Map<string, T[]>
  /** Items whose placement names no heading (or none), in their original order. */
  rest: T[]
}

/** Sort items (figures, links) under the headings their `placement` names. */
export const placeUnderHeadings = <T>(
  items: T[],
  placementOf: (item: T) => null | string | undefined,
  headings: string[],
): Placed<T> => {
  const known = new Set(headings.map(placementKey))
  const byHeading = new Map<string, T[]>()
  const rest: T[] = []
  for (const item of items) {
    const placement = placementOf(item)
    const key = placement ? placementKey(placement) : ''
    if (key && known.has(key)) byHeading.set(key, [...(byHeading.get(key) ?? []), item])
    else rest.push(item)
  }
  return { byHeading, rest }
}

/**
 * An `afterHeading` callback for `ArticleRichText` that renders each group once, under the first
 * heading with that text (an article may repeat a heading; its items must not appear twice).
 * Make one per render.
 */
export const renderOncePerHeading = <T, R>(
  byHeading: Map<string, T[]>,
  render: (items: T[], heading: { text: string }) => R,
): ((heading: { text: string }) => null | R) => {
  const pending = new Map(byHeading)
  return (heading) => {
    const key = placementKey(heading.text)
    const items = pending.get(key)
    if (!items) return null
    pending.delete(key)
    return render(items, heading)
  }
}
