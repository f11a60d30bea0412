import type { PhaseHandler } from './types.js'

import { prettyJson } from './promptText.js'
import { phaseSchemas } from './schemas/index.js'

export const faqHandler: PhaseHandler<'faq'> = {
  kind: 'faq',
  format: 'json',
  schema: phaseSchemas.faq,
  fields: ['faq'],
  toArticleData: async ({ faqs }) => ({
    data: { faq: faqs.map(({ answer, question }) => ({ question, answer })) },
    warnings: [],
  }),
  toPromptText: prettyJson,
}
