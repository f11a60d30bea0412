import type { CollectionConfig } from 'payload'

import { nobody } from '../access/isLoggedIn.js'
import { tLabel } from '../i18n/labels.js'

/** Slug of the shared LLM rate budget (`llm.rateLimits`); not configurable, only the plugin uses it. */
export const LLM_RATE_BUDGETS_SLUG = 'prompt-kit-llm-budgets'

/**
 * The requests and tokens per model every process (app and workers) admits, in short time slots:
 * one row per model and slot (`<model>|<slot start>`), reserved into by one conditional atomic
 * update (`… SET requests = requests + 1 WHERE key = ? AND requests < ?`), and one `<model>|pause`
 * row holding when the provider said to stop until (see src/llm/rateLimit/payloadBudgetStore.ts).
 * Hidden from the admin, closed to the APIs: only the plugin writes it, through `payload.db`.
 */
export const createLlmRateBudgetsCollection = (): CollectionConfig => ({
  slug: LLM_RATE_BUDGETS_SLUG,
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true, useAsTitle: 'key' },
  fields: [
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'model', type: 'text', index: true, required: true },
    // Milliseconds since the epoch, a multiple of the slot length; -1 on the pause row.
    { name: 'slotStart', type: 'number', index: true, required: true },
    { name: 'requests', type: 'number', defaultValue: 0, required: true },
    { name: 'tokens', type: 'number', defaultValue: 0, required: true },
    // Pause row only: milliseconds since the epoch.
    { name: 'pausedUntil', type: 'number', defaultValue: 0, required: true },
  ],
  graphQL: false,
  lockDocuments: false,
  labels: { plural: tLabel('collectionLlmRateBudgets'), singular: tLabel('collectionLlmRateBudgets') },
  timestamps: false,
})
