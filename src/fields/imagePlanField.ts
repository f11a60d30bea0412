import type { Field } from 'payload'

import { readByLoggedIn } from '../access/editorsOnly.js'
import { tLabel } from '../i18n/labels.js'

export const imageTypes = ['photo', 'infographic', 'screenshot', 'diagram'] as const
export const imageFormats = ['annotated-code-screenshot', 'simplified-diagram', 'photo', 'illustration'] as const

/** The item's upload: what the page shows. Only images can be chosen. */
const uploadField = (collection: string): Field => ({
  name: 'image',
  type: 'upload',
  admin: { description: tLabel('descImageUpload') },
  filterOptions: { mimeType: { contains: 'image/' } },
  label: tLabel('fieldImageUpload'),
  relationTo: collection,
})

/**
 * Images to produce for the article. An item becomes a figure on the page once it has an upload
 * (`image`, when an upload collection is configured), shown with the item's alt text and caption.
 */
export const imagePlanField = (imagesCollection?: string): Field => ({
  name: 'imagePlan',
  type: 'array',
  fields: [
    { name: 'filename', type: 'text', label: tLabel('fieldFilename'), required: true },
    ...(imagesCollection ? [uploadField(imagesCollection)] : []),
    { name: 'altText', type: 'text', label: tLabel('fieldAltText'), required: true },
    { name: 'caption', type: 'text', admin: { description: tLabel('descCaption') }, label: tLabel('fieldCaption') },
    { name: 'description', type: 'textarea', label: tLabel('fieldDescription') },
    { name: 'placement', type: 'text', admin: { description: tLabel('descPlacementImage') }, label: tLabel('fieldPlacement') },
    // Production notes for whoever makes the image; the page renders the upload, alt text and caption.
    { name: 'type', type: 'select', access: { read: readByLoggedIn }, label: tLabel('fieldImageType'), options: [...imageTypes] },
    { name: 'format', type: 'select', access: { read: readByLoggedIn }, label: tLabel('fieldImageFormat'), options: [...imageFormats] },
  ],
  label: tLabel('fieldImagePlan'),
  labels: { plural: tLabel('fieldImagePlan'), singular: tLabel('fieldImage') },
})
