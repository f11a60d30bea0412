import { z } from 'zod'

import { list, text } from './fields.js'

/* `targetSlug` must be one of the supplied articles; that is checked when links are resolved, not here. */
export const internalLinkSchema = z.object({
  targetSlug: text('slug of the linked article, exactly as given in the list'),
  anchorText: text('2–6 descriptive words that appear naturally in the sentence'),
  placement: text('heading of the outline the link goes under, copied exactly'),
  reason: text('one line: why a reader of that section wants this article'),
})

export const internalLinksSchema = z.object({
  links: list(internalLinkSchema, { max: 8, min: 0 }, 'empty when no listed article fits'),
})

export type InternalLink = z.infer<typeof internalLinkSchema>
export type InternalLinksOutput = z.infer<typeof internalLinksSchema>
