import type { DefaultKitPhase } from './phase.js'

import { articleBrief, markdownRules, outlineInput, wordShares } from './fragments.js'

export const conclusionPhase: DefaultKitPhase = {
  key: 'conclusion',
  group: 'writing',
  title: 'Conclusion and call to action',
  description: 'Short recap, a clear next step for the reader and a pointer to the pillar article.',
  outputKind: 'conclusion',
  dependsOn: ['outline'],
  template: `You are an expert writer for this audience: {{audience}}. Write the conclusion of the article "{{title}}".

${articleBrief}

${outlineInput}

Write about ${wordShares.conclusion} of {{wordTarget}} words:
- Recap the three most important takeaways of the outline in three short sentences, as paragraph text (not a list).
- Give a strong call to action: exactly what the reader should do next, as a concrete first step.
- Keep the tone motivating and actionable: {{tone}}.
- End with one sentence that points the reader to the pillar article and names it by its exact title, in quotes and unchanged: "{{pillar}}". Do not invent a URL for it.

${markdownRules} No headings. Return only the conclusion.`,
}
