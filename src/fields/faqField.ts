import type { Field } from 'payload'

import { tLabel } from '../i18n/labels.js'

/** Questions and answers rendered on the page and mirrored into the FAQPage JSON-LD. */
export const faqField = (): Field => ({
  name: 'faq',
  type: 'array',
  fields: [
    { name: 'question', type: 'text', label: tLabel('fieldQuestion'), required: true },
    { name: 'answer', type: 'textarea', label: tLabel('fieldAnswer'), required: true },
  ],
  label: tLabel('fieldFaq'),
  labels: { plural: tLabel('fieldFaq'), singular: tLabel('fieldQuestion') },
})
