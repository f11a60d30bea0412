import type { LinkedDoc } from './publishedDoc.js'

import { publishedDoc } from './publishedDoc.js'

/** Where an internal link is written: a row of the article's `internalLinks`, or inside its rich text. */
export type LinkSource = 'internalLinks' | 'richText'

/** The link's target when the page is rendered: published, existing but not published, or none at all. */
export type LinkTargetState = 'missing' | 'published' | 'unpublished'

/**
 * What the public page does with a link:
 * - `rendered`: a real link;
 * - `waiting`: kept in the article, not shown, and shown by itself once its target is published
 *   (an `internalLinks` row to an article of the map still being written);
 * - `dead`: never a link on the page (rich text pointing at a draft or at nothing, a row without a
 *   target); the pre-publish gate refuses these.
 */
export type LinkFate = 'dead' | 'rendered' | 'waiting'

/**
 * The one rule the renderer and the pre-publish gate share, so the gate checks exactly the set of
 * links the page renders: only published targets render; only `internalLinks` rows may wait.
 */
export const linkFate = (source: LinkSource, target: LinkTargetState): LinkFate => {
  if (target === 'published') return 'rendered'
  return source === 'internalLinks' && target === 'unpublished' ? 'waiting' : 'dead'
}

/**
 * A relationship value as the page read it: a populated, published document with a slug; an ID
 * or a draft (the reader may not see it, or it is not published yet); nothing.
 */
export const pageTargetState = (value: unknown): LinkTargetState =>
  publishedDoc(value)
    ? 'published'
    : value === null || value === undefined || value === ''
      ? 'missing'
      : 'unpublished'

/** The target to link to when a link written at `source` renders now, else undefined. */
export const renderedTarget = (
  source: LinkSource,
  value: unknown,
): (LinkedDoc & { slug: string }) | undefined =>
  linkFate(source, pageTargetState(value)) === 'rendered' ? publishedDoc(value) : undefined
