import { z } from 'zod'

import type { ListCount } from './fields.js'

import { list, text } from './fields.js'

export const researchItemTypes = ['tool', 'statistic', 'expert', 'organization', 'trend', 'study', 'other'] as const

export const researchCount = { max: 14, min: 6, target: [8, 12] } as const satisfies ListCount

export const researchItemSchema = z.object({
  name: text('the tool, statistic, person, organization, trend or study'),
  type: z.enum(researchItemTypes),
  whyInclude: text('one line: why it belongs and how to reference it in the article'),
  needsCitation: z.boolean(),
  citationSuggestion: z
    .string()
    .nullable()
    .describe('preferred source (report name or URL); null when no citation is needed'),
})

export const researchSchema = z.object({
  items: list(researchItemSchema, researchCount, 'facts and entities to weave in'),
})

export type ResearchItem = z.infer<typeof researchItemSchema>
export type ResearchOutput = z.infer<typeof researchSchema>
