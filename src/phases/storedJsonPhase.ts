import type { JsonOutputKind } from './schemas/index.js'
import type { HandlerOutput, PhaseHandler } from './types.js'

import { prettyJson } from './promptText.js'
import { phaseSchemas } from './schemas/index.js'

/** A JSON phase whose validated output is kept unchanged in one `json` field of the article. */
export const storedJsonPhase = <K extends JsonOutputKind>(
  kind: K,
  field: string,
  toPromptText: (output: HandlerOutput<K>) => string = prettyJson,
): PhaseHandler<K> => ({
  kind,
  format: 'json',
  schema: phaseSchemas[kind],
  fields: [field],
  toArticleData: async (output) => ({ data: { [field]: output }, warnings: [] }),
  toPromptText,
})
