import type { PhaseHandler } from './types.js'

import { keepMatchingUploads } from './imagesUploads.js'
import { prettyJson } from './promptText.js'
import { phaseSchemas } from './schemas/index.js'

export const imagesHandler: PhaseHandler<'images'> = {
  kind: 'images',
  format: 'json',
  schema: phaseSchemas.images,
  fields: ['imagePlan'],
  // A re-run keeps the uploads that still fit the new plan (see keepMatchingUploads).
  toArticleData: async ({ images }, { article }) => ({
    data: {
      imagePlan: keepMatchingUploads(
        article.imagePlan,
        images.map(({ altText, description, filename, format, placement, type }) => ({
          filename,
          description,
          placement,
          altText,
          type,
          format,
        })),
      ),
    },
    warnings: [],
  }),
  toPromptText: prettyJson,
}
