import type { Field } from 'payload'

import type { PluginStringKey } from '../i18n/en.js'

import { tLabel } from '../i18n/labels.js'

/** The readable view of each generated JSON field; each keeps a toggle to the raw JSON editor. */
const readableViews: Record<string, string> = {
  outline: 'payload-prompt-kit/client#OutlineList',
  research: 'payload-prompt-kit/client#ResearchList',
  seoReview: 'payload-prompt-kit/client#SeoReviewChecklist',
}

/** Structured output kept as validated JSON (outline, research brief, SEO review). */
export const generatedJsonField = (
  name: string,
  label: PluginStringKey,
  description: PluginStringKey,
): Field => ({
  name,
  type: 'json',
  admin: {
    ...(readableViews[name] ? { components: { Field: readableViews[name] } } : {}),
    description: tLabel(description),
  },
  label: tLabel(label),
})
