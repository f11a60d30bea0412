import { z } from 'zod'

import { list, text } from './fields.js'
import { atMostChars } from './targets.js'

export const imageCount = 6

/** Alt text screen readers read in one go; a guideline, not a hard limit. Stated in the description and the template. */
export const altTextTarget = atMostChars(125)

const imageTypes = ['photo', 'infographic', 'screenshot', 'diagram'] as const
const imageFormats = ['annotated-code-screenshot', 'simplified-diagram', 'photo', 'illustration'] as const

export const imageSuggestionSchema = z.object({
  filename: text('lowercase-hyphenated, with extension, e.g. "keyword-overview.webp"'),
  description: text('what the image shows'),
  placement: text('heading of the outline it goes under, copied exactly'),
  altText: text(`SEO alt text with the primary keyword or a close variant, ${altTextTarget}`),
  type: z.enum(imageTypes),
  format: z.enum(imageFormats),
})

export const imagesSchema = z.object({
  images: list(imageSuggestionSchema, { max: imageCount + 2, min: imageCount - 2, target: imageCount }),
})

export type ImageSuggestion = z.infer<typeof imageSuggestionSchema>
export type ImagesOutput = z.infer<typeof imagesSchema>
