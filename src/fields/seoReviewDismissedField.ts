import type { Field } from 'payload'

import { tLabel } from '../i18n/labels.js'

/**
 * Keys of the SEO review items an editor dismissed (`<kind>:<hash of the text>`, see
 * components/seoReviewItems.ts). Hidden: the checklist shows and writes it. No phase writes it, so
 * saving it never marks a phase as edited by a person.
 */
export const seoReviewDismissedField = (): Field => ({
  name: 'seoReviewDismissed',
  type: 'json',
  admin: { hidden: true },
  label: tLabel('fieldSeoReviewDismissed'),
})
