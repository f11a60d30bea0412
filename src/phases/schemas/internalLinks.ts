import { z } from 'zod'

import type { ListCount } from './fields.js'

import { list, text } from './fields.js'
import { span } from './targets.js'

/* `targetSlug` must be one of the supplied articles; that is checked when links are resolved, not here. */
/** 3–6 links are asked for; fewer (none) when fewer listed articles fit. */
export const linkCount = { max: 8, min: 0, target: [3, 6] } as const satisfies ListCount

/** Stated in the anchor text's description and in the default kit's template. */
export const anchorTextTarget = `${span(2, 6)} descriptive words`

export const internalLinkSchema = z.object({
  targetSlug: text('slug of the linked article, exactly as given in the list'),
  anchorText: text(`${anchorTextTarget} that appear naturally in the sentence`),
  placement: text('heading of the outline the link goes under, copied exactly'),
  reason: text('one line: why a reader of that section wants this article'),
})

export const internalLinksSchema = z.object({
  links: list(internalLinkSchema, linkCount, 'fewer, or none, when fewer listed articles fit'),
})

export type InternalLink = z.infer<typeof internalLinkSchema>
export type InternalLinksOutput = z.infer<typeof internalLinksSchema>
