import type { DefaultKitPhase } from './phase.js'

import { improvementCount, placementFixCount } from '../../phases/schemas/index.js'
import { articleBrief, jsonAnswer } from './fragments.js'

export const seoReviewPhase: DefaultKitPhase = {
  key: 'seoReview',
  group: 'distribution',
  title: 'Final SEO review',
  description: 'Audit of the finished draft: keywords, E-E-A-T, readability, headings, differentiation, freshness.',
  outputKind: 'seoReview',
  dependsOn: ['introduction', 'body', 'conclusion', 'faq'],
  template: `You are a senior SEO editor performing the final audit of the article "{{title}}". The H1 is the title; the body uses ## for H2 and ### for H3.

${articleBrief}

The draft:
<<<DRAFT
{{outputs.introduction}}

{{outputs.body}}

{{outputs.conclusion}}

FAQ (JSON):
{{outputs.faq}}
DRAFT>>>

Evaluate the draft and report:
1. keywordPlacements: where the primary keyword appears (title, first 100 words, headings, body, conclusion, FAQ), and ${placementFixCount} specific placement fixes.
2. eeatGaps: missing author signals, citations, expert attribution or first-hand experience.
3. readability: the estimated grade level and concrete sentence and paragraph fixes for this audience.
4. headingsIssues: problems in the heading hierarchy (skipped levels, an H1 in the body, vague or duplicate headings); empty when there are none.
5. duplicateRisk: how likely the draft repeats the angle of the top-ranking pages for the primary keyword, and how to differentiate it along the article's angle.
6. freshnessSignals: dates, current versions, recent data or events to add.
7. improvementSuggestions: the ${improvementCount} most valuable improvements, most important first (priority 1), each with quick implementation steps.
Quote the draft where it helps locate a problem. Judge only what is in the draft.

${jsonAnswer('seoReview')}`,
}
