import type { Field } from 'payload'

export const imageTypes = ['photo', 'infographic', 'screenshot', 'diagram'] as const
export const imageFormats = ['annotated-code-screenshot', 'simplified-diagram', 'photo', 'illustration'] as const

/** Images to produce for the article; rendered as figures with their alt text. */
export const imagePlanField = (): Field => ({
  name: 'imagePlan',
  type: 'array',
  fields: [
    { name: 'filename', type: 'text', required: true },
    { name: 'description', type: 'textarea' },
    { name: 'placement', type: 'text', admin: { description: 'Heading the image goes under.' } },
    { name: 'altText', type: 'text', required: true },
    { name: 'type', type: 'select', options: [...imageTypes] },
    { name: 'format', type: 'select', options: [...imageFormats] },
  ],
  labels: { plural: 'Images', singular: 'Image' },
})
