import type { Field } from 'payload'

import { readByLoggedIn } from '../access/editorsOnly.js'
import { tLabel } from '../i18n/labels.js'

export const imageTypes = ['photo', 'infographic', 'screenshot', 'diagram'] as const
export const imageFormats = ['annotated-code-screenshot', 'simplified-diagram', 'photo', 'illustration'] as const

/** Images to produce for the article; rendered as figures with their alt text. */
export const imagePlanField = (): Field => ({
  name: 'imagePlan',
  type: 'array',
  fields: [
    { name: 'filename', type: 'text', label: tLabel('fieldFilename'), required: true },
    { name: 'description', type: 'textarea', label: tLabel('fieldDescription') },
    { name: 'placement', type: 'text', admin: { description: tLabel('descPlacementImage') }, label: tLabel('fieldPlacement') },
    { name: 'altText', type: 'text', label: tLabel('fieldAltText'), required: true },
    // Production notes for whoever makes the image; the page renders alt text and caption only.
    { name: 'type', type: 'select', access: { read: readByLoggedIn }, label: tLabel('fieldImageType'), options: [...imageTypes] },
    { name: 'format', type: 'select', access: { read: readByLoggedIn }, label: tLabel('fieldImageFormat'), options: [...imageFormats] },
  ],
  label: tLabel('fieldImagePlan'),
  labels: { plural: tLabel('fieldImagePlan'), singular: tLabel('fieldImage') },
})
