import type { PhaseHandler } from './types.js'

import { markdownOutputSchema } from './schemas/index.js'

/** Free notes for the editor: kept in the generation log only, never written to the article. */
export const notesHandler: PhaseHandler<'notes'> = {
  kind: 'notes',
  format: 'markdown',
  schema: markdownOutputSchema,
  fields: [],
  toArticleData: async () => ({ data: {}, warnings: [] }),
  toPromptText: (output) => output,
}
