import type { Field } from 'payload'

/** Questions and answers rendered on the page and mirrored into the FAQPage JSON-LD. */
export const faqField = (): Field => ({
  name: 'faq',
  type: 'array',
  fields: [
    { name: 'question', type: 'text', required: true },
    { name: 'answer', type: 'textarea', required: true },
  ],
  labels: { plural: 'FAQ', singular: 'Question' },
})
