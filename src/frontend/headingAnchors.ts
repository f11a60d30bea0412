import { lexicalHeadings } from '../gate/lexicalText.js'

/** A heading of the article with the `id` it is rendered with, for the table of contents. */
export type HeadingAnchor = { id: string; level: number; text: string }

/**
 * A URL-fragment-friendly id from heading text: lower case, accents dropped, letters and digits of
 * any script kept, everything else one `-`. "CI vs CD: Tools" → `ci-vs-cd-tools`.
 */
export const slugifyHeading = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'section'

/** Hands out unique ids: a repeated slug gets `-2`, `-3`, … (reserved ids count as taken). */
export const createHeadingSlugger = (reservedIds: Iterable<string> = []) => {
  const taken = new Set(reservedIds)
  return (text: string): string => {
    const base = slugifyHeading(text)
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    return id
  }
}

export type HeadingAnchorsOptions = {
  /** Ids already used on the page (e.g. `faq`), which headings must not take. */
  reservedIds?: Iterable<string>
}

/**
 * The headings of each rich-text part (introduction, body, conclusion …), in order, with ids unique
 * across all parts. Pass each part's ids to its `ArticleRichText` (`headingIds`) and the flattened
 * list to `ArticleToc`, so the contents always link to ids that exist. H1s count as H2 (the
 * renderer demotes them: the title is the page's H1).
 */
export const headingAnchors = (parts: unknown[], { reservedIds }: HeadingAnchorsOptions = {}): HeadingAnchor[][] => {
  const slug = createHeadingSlugger(reservedIds)
  return parts.map((part) =>
    lexicalHeadings(part).map(({ level, text }) => ({ id: slug(text), level: Math.max(2, level), text })),
  )
}
