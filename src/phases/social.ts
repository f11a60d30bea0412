import type { PhaseHandler } from './types.js'

import { prettyJson } from './promptText.js'
import { phaseSchemas } from './schemas/index.js'

export const socialHandler: PhaseHandler<'social'> = {
  kind: 'social',
  format: 'json',
  schema: phaseSchemas.social,
  fields: ['social'],
  toArticleData: async ({ linkedinPost, pinterestDescription, twitterThread }) => ({
    data: { social: { twitterThread: twitterThread.map((text) => ({ text })), linkedinPost, pinterestDescription } },
    warnings: [],
  }),
  toPromptText: prettyJson,
}
