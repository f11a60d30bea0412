import type { Field } from 'payload'

/**
 * Article + FAQPage structured data. Built from the article's own fields, never copied from LLM
 * text, so it cannot disagree with the page; read-only in the admin for that reason.
 */
export const jsonLdField = (): Field => ({
  name: 'jsonLd',
  type: 'json',
  admin: {
    description: 'Built from the title, meta, author, dates and FAQ. Edit those instead.',
    readOnly: true,
  },
  label: 'JSON-LD',
})
