import type { Field } from 'payload'

import { tLabel } from '../i18n/labels.js'

/**
 * Article + FAQPage structured data. Built from the article's own fields, never copied from LLM
 * text, so it cannot disagree with the page; read-only in the admin for that reason.
 */
export const jsonLdField = (): Field => ({
  name: 'jsonLd',
  type: 'json',
  admin: {
    description: tLabel('descJsonLd'),
    readOnly: true,
  },
  label: tLabel('fieldJsonLd'),
})
