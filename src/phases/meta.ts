import type { PhaseHandler } from './types.js'

import { prettyJson } from './promptText.js'
import { phaseSchemas } from './schemas/index.js'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A populated upload (an object with an id) is written back as its id. */
const asStoredValue = (value: unknown) => (isRecord(value) && 'id' in value ? value.id : value)

/**
 * Writes the four texts into the `meta` group and keeps everything else in it (image, image alt, a
 * host plugin's fields), so the value is the whole group and saving it can never clear them.
 */
export const metaHandler: PhaseHandler<'meta'> = {
  kind: 'meta',
  format: 'json',
  schema: phaseSchemas.meta,
  fields: ['meta'],
  toArticleData: async (output, ctx) => {
    const existing = isRecord(ctx.article.meta) ? ctx.article.meta : {}
    const kept = Object.fromEntries(Object.entries(existing).map(([key, value]) => [key, asStoredValue(value)]))
    return {
      data: {
        meta: {
          ...kept,
          title: output.titleTag,
          description: output.metaDescription,
          ogTitle: output.ogTitle,
          ogDescription: output.ogDescription,
        },
      },
      warnings: [],
    }
  },
  toPromptText: prettyJson,
}
