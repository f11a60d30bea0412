import { z } from 'zod'

import { metaLimits } from '../../fields/metaGroupField.js'
import { chars } from './fields.js'
import { atMostChars, charRange } from './targets.js'

/** The SEO targets (the publish gate's and the admin's) and the Open Graph fields' own maxima. */
export const metaTargets = {
  metaDescription: charRange(...metaLimits.description.target),
  ogDescription: atMostChars(metaLimits.ogDescription.max),
  ogTitle: atMostChars(metaLimits.ogTitle.max),
  titleTag: charRange(...metaLimits.title.target),
} as const

/*
 * Title and description limits are looser than their targets so a slightly-off answer is still
 * accepted (the publish gate flags it); the Open Graph maxima are the article fields' own hard limits.
 * JSON-LD is not asked of the model: the plugin builds it from the article.
 */
export const metaSchema = z.object({
  titleTag: chars(20, 70, `${metaTargets.titleTag}, primary keyword near the start`),
  metaDescription: chars(70, 170, `${metaTargets.metaDescription}, includes the primary keyword`),
  ogTitle: chars(1, metaLimits.ogTitle.max, metaTargets.ogTitle),
  ogDescription: chars(1, metaLimits.ogDescription.max, metaTargets.ogDescription),
})

export type MetaOutput = z.infer<typeof metaSchema>
