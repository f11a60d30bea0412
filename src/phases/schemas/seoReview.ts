import { z } from 'zod'

import { integer, list, text } from './fields.js'

/*
 * The seed prompt's seven keys, in camelCase:
 * keyword_placements → keywordPlacements, e_e_a_t_gaps → eeatGaps, readability → readability,
 * headings_issues → headingsIssues, duplicate_risk → duplicateRisk, freshness_signals → freshnessSignals,
 * improvement_suggestions → improvementSuggestions.
 */

export const duplicateRiskLevels = ['low', 'medium', 'high'] as const

/** Counts the template asks for; the lists accept a few either way. */
export const placementFixCount = 5
export const improvementCount = 5

/* Items may be empty strings, as before; the bound only keeps a runaway list in check (the LLM layer cuts it). */
const strings = (description: string, target?: number) =>
  list(z.string(), { max: 12, min: 0, target }, description)

export const improvementSuggestionSchema = z.object({
  priority: integer(1, 10, '1 = most important'),
  suggestion: text(),
  steps: strings('quick implementation steps'),
})

export const seoReviewSchema = z.object({
  keywordPlacements: z.object({
    found: strings('where the primary keyword already appears'),
    fixes: strings('specific placement fixes', placementFixCount),
  }),
  eeatGaps: strings('missing author signals, citations or expert attribution'),
  readability: z.object({
    gradeLevel: z.number().describe('estimated reading grade level'),
    fixes: strings('sentence and paragraph fixes'),
  }),
  headingsIssues: strings('heading hierarchy problems; empty when none'),
  duplicateRisk: z.object({
    risk: z.enum(duplicateRiskLevels).describe('risk of repeating the angle of top-ranking pages'),
    differentiation: strings('how to differentiate'),
  }),
  freshnessSignals: strings('dates, versions or recent data to add'),
  improvementSuggestions: list(
    improvementSuggestionSchema,
    { max: 8, min: 3, target: improvementCount },
    'most important first',
  ),
})

export type ImprovementSuggestion = z.infer<typeof improvementSuggestionSchema>
export type SeoReviewOutput = z.infer<typeof seoReviewSchema>
