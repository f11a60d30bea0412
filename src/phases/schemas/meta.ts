import { z } from 'zod'

import { chars } from './fields.js'

/*
 * Title and description limits are loose so a slightly-off answer is still accepted; the SEO targets
 * are in the descriptions and the prompt. The Open Graph maxima are the article fields' own hard limits.
 * JSON-LD is not asked of the model: the plugin builds it from the article.
 */
export const metaSchema = z.object({
  titleTag: chars(20, 70, '55–60 characters, primary keyword near the start'),
  metaDescription: chars(70, 170, '148–155 characters, includes the primary keyword'),
  ogTitle: chars(10, 70, 'at most 70 characters'),
  ogDescription: chars(30, 200, 'at most 200 characters'),
})

export type MetaOutput = z.infer<typeof metaSchema>
