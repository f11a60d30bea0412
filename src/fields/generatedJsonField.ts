import type { Field } from 'payload'

import type { PluginStringKey } from '../i18n/en.js'

import { tLabel } from '../i18n/labels.js'

/** Structured output kept as validated JSON (outline, research brief, SEO review). */
export const generatedJsonField = (name: string, label: PluginStringKey, description: PluginStringKey): Field => ({
  name,
  type: 'json',
  admin: { description: tLabel(description) },
  label: tLabel(label),
})
