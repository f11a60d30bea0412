import type { ArrayField, CollectionConfig, Field } from 'payload'

import type { PluginStringKey } from '../i18n/en.js'
import type { ResolvedPromptKitOptions } from '../types.js'

import { isLoggedIn } from '../access/isLoggedIn.js'
import { generateButtonField } from '../fields/generateButtonField.js'
import { slugField } from '../fields/slugField.js'
import { briefStaleHook } from '../hooks/briefStaleHook.js'
import { generateOnSaveHook } from '../hooks/generateOnSaveHook.js'
import { promptKitGroup, tLabel, tOptions } from '../i18n/labels.js'
import { applyOverrides } from './applyOverrides.js'

export const searchIntents = ['informational', 'commercial', 'transactional', 'navigational'] as const
export type SearchIntent = (typeof searchIntents)[number]

const positiveInteger = (value: null | number | undefined): string | true =>
  value === null || value === undefined || (Number.isInteger(value) && value > 0)
    ? true
    : 'Word target must be a positive whole number.'

const intentLabels: Record<SearchIntent, PluginStringKey> = {
  commercial: 'optionIntentCommercial',
  informational: 'optionIntentInformational',
  navigational: 'optionIntentNavigational',
  transactional: 'optionIntentTransactional',
}

const lines = (
  name: string,
  [singular, plural]: [PluginStringKey, PluginStringKey],
  description: PluginStringKey,
): ArrayField => ({
  name,
  type: 'array',
  admin: { description: tLabel(description) },
  fields: [{ name: 'text', type: 'textarea', label: tLabel('fieldText'), required: true }],
  label: tLabel(plural),
  labels: { plural: tLabel(plural), singular: tLabel(singular) },
})

/** The brief's fields, in the order the admin shows them. */
const briefFields = (options: ResolvedPromptKitOptions): Field[] => [
    { name: 'title', type: 'text', label: tLabel('fieldTitle'), required: true },
    slugField('title'),
    { name: 'primaryKeyword', type: 'text', index: true, label: tLabel('fieldPrimaryKeyword'), required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'searchIntent',
          type: 'select',
          defaultValue: 'informational',
          label: tLabel('fieldSearchIntent'),
          options: tOptions(searchIntents, intentLabels),
          required: true,
        },
        {
          name: 'wordTarget',
          type: 'number',
          defaultValue: 1200,
          label: tLabel('fieldWordTarget'),
          min: 1,
          validate: positiveInteger,
        },
      ],
    },
    { name: 'audience', type: 'textarea', label: tLabel('fieldAudience') },
    { name: 'tone', type: 'text', label: tLabel('fieldTone') },
    { name: 'angle', type: 'textarea', label: tLabel('fieldAngle') },
    {
      name: 'secondaryKeywords',
      type: 'array',
      fields: [{ name: 'keyword', type: 'text', label: tLabel('fieldKeyword'), required: true }],
      label: tLabel('fieldSecondaryKeywords'),
      labels: { plural: tLabel('fieldSecondaryKeywords'), singular: tLabel('fieldKeyword') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'topicalMap',
          type: 'relationship',
          label: tLabel('collectionTopicalMapSingular'),
          relationTo: options.slugs.topicalMaps,
        },
        { name: 'contentGroup', type: 'text', label: tLabel('fieldContentGroup') },
      ],
    },
    {
      name: 'isPillar',
      type: 'checkbox',
      admin: { description: tLabel('descIsPillar') },
      defaultValue: false,
      label: tLabel('fieldIsPillar'),
    },
    { name: 'overview', type: 'textarea', label: tLabel('fieldOverview') },
    lines('commonMistakes', ['fieldCommonMistake', 'fieldCommonMistakes'], 'descCommonMistakes'),
    lines('proTips', ['fieldProTip', 'fieldProTips'], 'descProTips'),
    // No endpoints when disabled, so no button either.
    ...(options.disabled ? [] : [generateButtonField(options.articles.collection)]),
    {
      name: 'kit',
      type: 'relationship',
      admin: { description: tLabel('descBriefKit'), position: 'sidebar' },
      label: tLabel('fieldKit'),
      relationTo: options.slugs.promptKits,
    },
    {
      name: 'generateOnSave',
      type: 'checkbox',
      admin: { description: tLabel('descGenerateOnSave'), position: 'sidebar' },
      defaultValue: false,
      label: tLabel('fieldGenerateOnSave'),
    },
  ]

/** What one article should be: keyword, intent, audience and the notes a writer needs. */
export const createBriefsCollection = (options: ResolvedPromptKitOptions): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.briefs,
      access: { create: isLoggedIn, delete: isLoggedIn, read: isLoggedIn, update: isLoggedIn },
      admin: {
        defaultColumns: ['title', 'primaryKeyword', 'searchIntent', 'topicalMap', 'updatedAt'],
        group: promptKitGroup,
        useAsTitle: 'title',
      },
      // Off when disabled: the field stays (stable schema) but saving queues nothing.
      // Staleness first, so a run queued on save starts from the outdated states.
      hooks: options.disabled ? {} : { afterChange: [briefStaleHook(options), generateOnSaveHook(options)] },
      fields: briefFields(options),
      labels: { plural: tLabel('collectionBriefPlural'), singular: tLabel('collectionBriefSingular') },
    },
    options.overrides.briefs,
  )
