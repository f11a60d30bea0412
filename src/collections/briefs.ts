import type { ArrayField, CollectionConfig } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { isLoggedIn } from '../access/isLoggedIn.js'
import { slugField } from '../fields/slugField.js'
import { briefStaleHook } from '../hooks/briefStaleHook.js'
import { generateOnSaveHook } from '../hooks/generateOnSaveHook.js'
import { applyOverrides } from './applyOverrides.js'

export const searchIntents = ['informational', 'commercial', 'transactional', 'navigational'] as const
export type SearchIntent = (typeof searchIntents)[number]

const positiveInteger = (value: null | number | undefined): string | true =>
  value === null || value === undefined || (Number.isInteger(value) && value > 0)
    ? true
    : 'Word target must be a positive whole number.'

const lines = (name: string, label: string, description: string): ArrayField => ({
    name,
    type: 'array',
    admin: { description },
    fields: [{ name: 'text', type: 'textarea', required: true }],
  label,
})

/** What one article should be: keyword, intent, audience and the notes a writer needs. */
export const createBriefsCollection = (options: ResolvedPromptKitOptions): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.briefs,
      access: { create: isLoggedIn, delete: isLoggedIn, read: isLoggedIn, update: isLoggedIn },
      admin: {
        defaultColumns: ['title', 'primaryKeyword', 'searchIntent', 'topicalMap', 'updatedAt'],
        group: 'Prompt kit',
        useAsTitle: 'title',
      },
      // Off when disabled: the field stays (stable schema) but saving queues nothing.
      // Staleness first, so a run queued on save starts from the outdated states.
      hooks: options.disabled ? {} : { afterChange: [briefStaleHook(options), generateOnSaveHook(options)] },
      fields: [
        { name: 'title', type: 'text', required: true },
        slugField('title'),
        { name: 'primaryKeyword', type: 'text', index: true, required: true },
        {
          type: 'row',
          fields: [
            {
              name: 'searchIntent',
              type: 'select',
              defaultValue: 'informational',
              options: [...searchIntents],
              required: true,
            },
            { name: 'wordTarget', type: 'number', defaultValue: 1200, min: 1, validate: positiveInteger },
          ],
        },
        { name: 'audience', type: 'textarea' },
        { name: 'tone', type: 'text' },
        { name: 'angle', type: 'textarea' },
        {
          name: 'secondaryKeywords',
          type: 'array',
          fields: [{ name: 'keyword', type: 'text', required: true }],
        },
        {
          type: 'row',
          fields: [
            { name: 'topicalMap', type: 'relationship', relationTo: options.slugs.topicalMaps },
            { name: 'contentGroup', type: 'text' },
          ],
        },
        {
          name: 'isPillar',
          type: 'checkbox',
          admin: { description: 'The pillar article of its topical map.' },
          defaultValue: false,
        },
        { name: 'overview', type: 'textarea' },
        lines('commonMistakes', 'Common mistakes', 'Mistakes the article must warn about.'),
        lines('proTips', 'Pro tips', 'Expert tips to weave into the article.'),
        {
          name: 'kit',
          type: 'relationship',
          admin: { description: 'Prompt kit to generate with; the default kit when empty.', position: 'sidebar' },
          relationTo: options.slugs.promptKits,
        },
        {
          name: 'generateOnSave',
          type: 'checkbox',
          admin: { description: 'Queue a generation run whenever this brief is saved.', position: 'sidebar' },
          defaultValue: false,
        },
      ],
    },
    options.overrides.briefs,
  )
