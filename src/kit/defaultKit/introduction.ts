import type { DefaultKitPhase } from './phase.js'

import { articleBrief, markdownRules, outlineInput, wordShares } from './fragments.js'

export const introductionPhase: DefaultKitPhase = {
  key: 'introduction',
  group: 'writing',
  title: 'Introduction',
  description: 'Hook and context-setting opening that keeps readers on the page.',
  outputKind: 'introduction',
  dependsOn: ['outline'],
  template: `You are an expert writer for this audience: {{audience}}. Write the introduction of the article "{{title}}".

${articleBrief}

${outlineInput}

Write about ${wordShares.introduction} of {{wordTarget}} words, in 2–4 short paragraphs:
- Open with a hook: a concrete problem, cost or frustration this audience runs into that the article solves.
- Set the context, then the article's scope and promise, following the angle.
- State a clear thesis in one or two sentences.
- Preview the main sections of the outline in one sentence, in order.
- Ground the opening with one concrete example, tool or figure relevant to the topic.
- Use the primary keyword naturally within the first 100 words; never stuff keywords.
- End with a sentence that sets expectations: a read of about {{wordTarget}} words and what the reader will be able to do afterwards.
Write in this tone: {{tone}}.

${markdownRules} No headings and no lists: paragraphs only. Return only the introduction.`,
}
