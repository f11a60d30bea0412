import type { CollectionConfig, Field } from 'payload'

import type { GenerationsFiltersProps } from '../components/GenerationsFilters.js'
import type { PluginStringKey } from '../i18n/en.js'
import type { ResolvedPromptKitOptions } from '../types.js'

import { isLoggedIn, nobody } from '../access/isLoggedIn.js'
import { redactSecretHook } from '../hooks/redactSecretHook.js'
import { promptKitGroup, tLabel, tOptions } from '../i18n/labels.js'
import { applyOverrides } from './applyOverrides.js'

export const generationStatuses = ['running', 'succeeded', 'failed', 'cached'] as const

const statusLabels: Record<(typeof generationStatuses)[number], PluginStringKey> = {
  cached: 'statusCached',
  failed: 'statusFailed',
  running: 'statusRunning',
  succeeded: 'statusSucceeded',
}

/** Big JSON and text blobs: no use in the list's where-builder, which stays short without them. */
const notFilterable = { disableListFilter: true }

/** What was sent, what came back, what it cost, and the claim's lease. */
const generationFields = (options: ResolvedPromptKitOptions): Field[] => [
  { name: 'article', type: 'relationship', index: true, label: tLabel('fieldArticle'), relationTo: options.articles.collection },
  { name: 'brief', type: 'relationship', label: tLabel('fieldBrief'), relationTo: options.slugs.briefs },
  { name: 'run', type: 'text', index: true, label: tLabel('fieldGenerationRun') },
  { name: 'phase', type: 'text', index: true, label: tLabel('fieldPhase'), required: true },
  {
    name: 'runAttempt',
    type: 'number',
    admin: { description: tLabel('descRunAttempt') },
    label: tLabel('fieldRunAttempt'),
  },
  { name: 'kit', type: 'relationship', label: tLabel('fieldKit'), relationTo: options.slugs.promptKits },
  { name: 'kitVersion', type: 'text', label: tLabel('fieldKitVersion') },
  {
    name: 'status',
    type: 'select',
    index: true,
    label: tLabel('fieldStatus'),
    options: tOptions(generationStatuses, statusLabels),
    required: true,
  },
  { name: 'model', type: 'text', index: true, label: tLabel('fieldModel') },
  { name: 'params', type: 'json', admin: notFilterable, label: tLabel('fieldParams') },
  { name: 'messages', type: 'json', admin: notFilterable, label: tLabel('fieldMessages') },
  { name: 'inputHash', type: 'text', index: true, label: tLabel('fieldInputHash') },
  { name: 'rawOutput', type: 'textarea', admin: notFilterable, label: tLabel('fieldRawOutput') },
  { name: 'parsedOutput', type: 'json', admin: notFilterable, label: tLabel('fieldParsedOutput') },
  { name: 'validationErrors', type: 'json', admin: notFilterable, label: tLabel('fieldValidationErrors') },
  { name: 'error', type: 'textarea', label: tLabel('fieldError') },
  { name: 'attempts', type: 'number', admin: { description: tLabel('descAttempts') }, label: tLabel('fieldAttempts') },
  // Write-ahead: when the answer in `rawOutput` arrived, before it was validated or applied.
  { name: 'answeredAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: tLabel('fieldAnsweredAt') },
  // The claim's lease: renewed by the process holding it; once lapsed, another worker takes over.
  { name: 'holder', type: 'text', label: tLabel('fieldHolder') },
  { name: 'leaseExpiresAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: tLabel('fieldLeaseExpiresAt') },
  {
    type: 'row',
    fields: [
      { name: 'promptTokens', type: 'number', label: tLabel('fieldPromptTokens') },
      { name: 'completionTokens', type: 'number', label: tLabel('fieldCompletionTokens') },
      { name: 'cachedTokens', type: 'number', label: tLabel('fieldCachedTokens') },
      { name: 'totalTokens', type: 'number', label: tLabel('fieldTotalTokens') },
    ],
  },
  { name: 'cost', type: 'number', admin: { description: tLabel('descCost') }, label: tLabel('fieldCost') },
  { name: 'latencyMs', type: 'number', label: tLabel('fieldLatencyMs') },
  { name: 'cacheHit', type: 'checkbox', defaultValue: false, label: tLabel('fieldCacheHit') },
  { name: 'triggeredBy', type: 'relationship', label: tLabel('fieldTriggeredBy'), relationTo: options.usersSlug },
]

/**
 * One document per LLM call: what was sent, what came back, what it cost. Written only by the
 * plugin through the Local API; read-only in the admin and readable only by logged-in users.
 * The list is filtered by article, phase, status and model (quick filters above the table).
 */
export const createGenerationsCollection = (options: ResolvedPromptKitOptions): CollectionConfig => {
  const fields = generationFields(options)
  return applyOverrides(
    {
      slug: options.slugs.generations,
      access: { create: nobody, delete: isLoggedIn, read: isLoggedIn, update: nobody },
      admin: {
        components: {
          beforeListTable: [
            {
              clientProps: {
                kitsSlug: options.slugs.promptKits,
                statuses: generationStatuses.map((value) => ({ label: statusLabels[value], value })),
              } satisfies GenerationsFiltersProps,
              path: 'payload-prompt-kit/client#GenerationsFilters',
            },
          ],
        },
        defaultColumns: ['phase', 'article', 'status', 'model', 'totalTokens', 'cost', 'latencyMs', 'createdAt'],
        group: promptKitGroup,
        listSearchableFields: ['phase', 'model', 'run'],
        useAsTitle: 'phase',
      },
      fields: fields.map((field) => ({ ...field, admin: { ...('admin' in field ? field.admin : {}), readOnly: true } })) as Field[],
      hooks: { beforeChange: [redactSecretHook(() => options.llm.apiKey)] },
      // The pipeline's atomic claim: inserting (run, phase, attempt) twice fails, so two workers that
      // pick up the same job never make the same LLM call (Payload's job claim is not atomic).
      indexes: [{ fields: ['run', 'phase', 'runAttempt'], unique: true }],
      labels: { plural: tLabel('collectionGenerationPlural'), singular: tLabel('collectionGenerationSingular') },
    },
    options.overrides.generations,
  )
}
