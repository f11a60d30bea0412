import type { DefaultKitPhase } from './phase.js'

import { faqAnswerTarget, faqCount } from '../../phases/schemas/index.js'
import { articleBrief, jsonAnswer, outlineInput } from './fragments.js'

export const faqPhase: DefaultKitPhase = {
  key: 'faq',
  group: 'writing',
  title: 'FAQ',
  description: `${faqCount} questions and answers for People Also Ask, voice search and featured snippets.`,
  outputKind: 'faq',
  dependsOn: ['outline'],
  template: `You are an SEO writer. Write the FAQ block of the article "{{title}}".

${articleBrief}

${outlineInput}

Write exactly ${faqCount} question-and-answer pairs:
- Questions are short and natural, phrased the way people search or ask a voice assistant ("People Also Ask" style).
- Include the basic definition question, how the core concepts differ or compare, how to get started, which tools or options suit whom, and how to avoid the most common mistake.
- Use the primary keyword or a close variant in at least two questions.
- Each answer: ${faqAnswerTarget}, conversational, answering the question on its own so it can win a featured snippet, with something actionable (a step, a name, a number) where relevant.
- Answers are plain text: no Markdown, no links. Don't repeat the outline's headings word for word.
Write in this tone: {{tone}}.

${jsonAnswer('faq')}`,
}
