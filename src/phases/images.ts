import type { PhaseHandler } from './types.js'

import { prettyJson } from './promptText.js'
import { phaseSchemas } from './schemas/index.js'

export const imagesHandler: PhaseHandler<'images'> = {
  kind: 'images',
  format: 'json',
  schema: phaseSchemas.images,
  fields: ['imagePlan'],
  toArticleData: async ({ images }) => ({
    data: {
      imagePlan: images.map(({ altText, description, filename, format, placement, type }) => ({
        filename,
        description,
        placement,
        altText,
        type,
        format,
      })),
    },
    warnings: [],
  }),
  toPromptText: prettyJson,
}
