import { z } from 'zod'

import { integer, list, text } from './fields.js'

export const eeatCounts = { expertQuotes: 5, personalTemplates: 4, studies: 3 } as const

/** Stated in the quote's description and in the default kit's template. */
export const expertQuoteTarget = '1–2 sentences'

/** Stated in the quote's description and in the default kit's template. */
export const quoteSourceUrlRule =
  'URL of the public page where the speaker said or wrote these words; only for a real, public, attributable quote whose URL you are certain of, otherwise null'

const placement = () => text('heading of the outline it goes under, copied exactly')

export const expertQuoteSchema = z.object({
  quote: text(expertQuoteTarget),
  speaker: text('the expert, or a placeholder such as "[Name]" when no real quote is known'),
  credentials: text('role and organization'),
  placement: placement(),
  requiresPermission: z.boolean().describe('true unless the quote is already public and attributable'),
  // Answers stored before this field existed lack it: the default keeps them valid.
  sourceUrl: z
    .string()
    .nullable()
    .default(null)
    .describe(quoteSourceUrlRule),
})

export const studySchema = z.object({
  title: text(),
  publisher: text(),
  year: integer(1900, 2100, 'publication year'),
  relevance: text('one line: why it supports the article'),
  inlineCitation: text('how to cite it in the text, e.g. "(Publisher, Year)"'),
  url: z.string().nullable().describe('source URL, or null when not known for certain'),
  placement: placement(),
})

export const personalTemplateSchema = z.object({
  template: text('first-person sentence with [placeholders] for the author to fill in'),
  placement: placement(),
})

export const eeatSchema = z.object({
  expertQuotes: list(expertQuoteSchema, { max: 7, min: 3, target: eeatCounts.expertQuotes }),
  studies: list(studySchema, { max: 5, min: 2, target: eeatCounts.studies }),
  personalTemplates: list(personalTemplateSchema, { max: 6, min: 2, target: eeatCounts.personalTemplates }),
})

export type ExpertQuote = z.infer<typeof expertQuoteSchema>
export type Study = z.infer<typeof studySchema>
export type PersonalTemplate = z.infer<typeof personalTemplateSchema>
export type EeatOutput = z.infer<typeof eeatSchema>
