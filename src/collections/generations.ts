import type { CollectionConfig } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { isLoggedIn, nobody } from '../access/isLoggedIn.js'
import { redactSecretHook } from '../hooks/redactSecretHook.js'
import { applyOverrides } from './applyOverrides.js'

export const generationStatuses = ['running', 'succeeded', 'failed', 'cached'] as const

/**
 * One document per LLM call: what was sent, what came back, what it cost. Written only by the
 * plugin through the Local API; read-only in the admin and readable only by logged-in users.
 */
export const createGenerationsCollection = (options: ResolvedPromptKitOptions): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.generations,
      access: { create: nobody, delete: isLoggedIn, read: isLoggedIn, update: nobody },
      admin: {
        defaultColumns: ['phase', 'article', 'status', 'model', 'totalTokens', 'cost', 'latencyMs', 'createdAt'],
        group: 'Prompt kit',
        useAsTitle: 'phase',
      },
      fields: [
        { name: 'article', type: 'relationship', index: true, relationTo: options.articles.collection },
        { name: 'brief', type: 'relationship', relationTo: options.slugs.briefs },
        { name: 'run', type: 'text', index: true },
        { name: 'phase', type: 'text', index: true, required: true },
        {
          name: 'runAttempt',
          type: 'number',
          admin: { description: 'Attempt of this phase within its run (1, 2, …); unique with run and phase.' },
        },
        { name: 'kit', type: 'relationship', relationTo: options.slugs.promptKits },
        { name: 'kitVersion', type: 'text' },
        { name: 'status', type: 'select', index: true, options: [...generationStatuses], required: true },
        { name: 'model', type: 'text', index: true },
        { name: 'params', type: 'json' },
        { name: 'messages', type: 'json' },
        { name: 'inputHash', type: 'text', index: true },
        { name: 'rawOutput', type: 'textarea' },
        { name: 'parsedOutput', type: 'json' },
        { name: 'validationErrors', type: 'json' },
        { name: 'error', type: 'textarea' },
        { name: 'attempts', type: 'number' },
        {
          type: 'row',
          fields: [
            { name: 'promptTokens', type: 'number' },
            { name: 'completionTokens', type: 'number' },
            { name: 'cachedTokens', type: 'number' },
            { name: 'totalTokens', type: 'number' },
          ],
        },
        { name: 'cost', type: 'number', admin: { description: 'USD, from the pricing table.' } },
        { name: 'latencyMs', type: 'number' },
        { name: 'cacheHit', type: 'checkbox', defaultValue: false },
        { name: 'triggeredBy', type: 'relationship', relationTo: options.usersSlug },
      ].map((field) => ({ ...field, admin: { ...('admin' in field ? field.admin : {}), readOnly: true } })) as CollectionConfig['fields'],
      hooks: { beforeChange: [redactSecretHook(() => options.llm.apiKey)] },
      // The pipeline's atomic claim: inserting (run, phase, attempt) twice fails, so two workers that
      // pick up the same job never make the same LLM call (Payload's job claim is not atomic).
      indexes: [{ fields: ['run', 'phase', 'runAttempt'], unique: true }],
    },
    options.overrides.generations,
  )
