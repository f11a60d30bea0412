import type { MarkdownOutputKind } from './schemas/index.js'
import type { PhaseHandler } from './types.js'

import { markdownToLexical } from './markdownToLexical.js'
import { markdownOutputSchema } from './schemas/index.js'

/** A writing phase: its markdown is converted to Lexical for the rich-text field of the same name. */
export const markdownPhase = <K extends Exclude<MarkdownOutputKind, 'notes'>>(kind: K): PhaseHandler<K> => ({
  kind,
  format: 'markdown',
  schema: markdownOutputSchema,
  fields: [kind],
  toArticleData: async (output, ctx) => {
    const { state, warnings } = await markdownToLexical(output, ctx.payload.config)
    return { data: { [kind]: state }, warnings }
  },
  // Later phases read the text as the model wrote it.
  toPromptText: (output) => output,
})
