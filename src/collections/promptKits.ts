import type { CollectionConfig, Field } from 'payload'

import type { PluginStringKey } from '../i18n/en.js'
import type { PhaseGroup } from '../kit/outputKinds.js'
import type { ResolvedPromptKitOptions } from '../types.js'

import { isLoggedIn } from '../access/isLoggedIn.js'
import { kitPreviewField } from '../fields/kitPreviewField.js'
import { slugField } from '../fields/slugField.js'
import { validateKitHook } from '../hooks/validateKitHook.js'
import { promptKitGroup, tLabel, tOptions } from '../i18n/labels.js'
import { outputKinds, phaseGroups } from '../kit/outputKinds.js'
import { briefVariables } from '../kit/variables.js'
import { applyOverrides } from './applyOverrides.js'

/** A kit: its name and its ordered phases. */
const kitFields = (options: ResolvedPromptKitOptions): Field[] => [
    { name: 'name', type: 'text', label: tLabel('fieldName'), required: true },
    slugField('name'),
    { name: 'description', type: 'textarea', label: tLabel('fieldDescription') },
    {
      name: 'phases',
      type: 'array',
      // Collapsed rows are named by the phase's title and key, not "Phase 10".
      admin: { components: { RowLabel: 'payload-prompt-kit/client#KitPhaseRowLabel' }, initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              type: 'text',
              admin: { description: tLabel('descPhaseKey') },
              label: tLabel('fieldPhaseKey'),
              required: true,
            },
            {
              name: 'group',
              type: 'select',
              defaultValue: 'writing',
              label: tLabel('fieldPhaseGroup'),
              options: tOptions(phaseGroups, groupLabels),
              required: true,
            },
            {
              name: 'outputKind',
              type: 'select',
              label: tLabel('fieldOutputKind'),
              options: [...outputKinds],
              required: true,
            },
          ],
        },
        { name: 'title', type: 'text', label: tLabel('fieldTitle'), required: true },
        { name: 'description', type: 'textarea', label: tLabel('fieldDescription') },
        {
          name: 'template',
          type: 'textarea',
          admin: { description: variablesHelp, rows: 12 },
          label: tLabel('fieldTemplate'),
          required: true,
        },
        {
          name: 'dependsOn',
          type: 'text',
          admin: { description: tLabel('descDependsOn') },
          hasMany: true,
          label: tLabel('fieldDependsOn'),
        },
        {
          type: 'row',
          fields: [
            { name: 'model', type: 'text', admin: { description: tLabel('descPhaseModel') }, label: tLabel('fieldModel') },
            { name: 'temperature', type: 'number', label: tLabel('fieldTemperature'), max: 2, min: 0 },
            { name: 'maxTokens', type: 'number', label: tLabel('fieldMaxTokens'), min: 1 },
          ],
        },
      ],
      label: tLabel('fieldPhases'),
      labels: { plural: tLabel('fieldPhases'), singular: tLabel('fieldPhase') },
      minRows: 1,
      required: true,
    },
    // Needs the preview endpoint, which a disabled plugin does not add.
    ...(options.disabled ? [] : [kitPreviewField(options.slugs.briefs)]),
  ]

/** The template's help text lists every variable; the names are code, only the sentence is translated. */
const variablesHelp = tLabel('descTemplate', {
  outputsVariable: '{{outputs.<phase key>}}',
  variables: Object.keys(briefVariables)
    .map((name) => `{{${name}}}`)
    .join(', '),
})

const groupLabels: Record<PhaseGroup, PluginStringKey> = {
  distribution: 'optionGroupDistribution',
  planning: 'optionGroupPlanning',
  publishing: 'optionGroupPublishing',
  writing: 'optionGroupWriting',
}

/** Editable prompt templates: an ordered list of phases whose dependencies form a DAG. */
export const createPromptKitsCollection = (options: ResolvedPromptKitOptions): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.promptKits,
      access: { create: isLoggedIn, delete: isLoggedIn, read: isLoggedIn, update: isLoggedIn },
      admin: { defaultColumns: ['name', 'slug', 'updatedAt'], group: promptKitGroup, useAsTitle: 'name' },
      fields: kitFields(options),
      hooks: { beforeValidate: [validateKitHook] },
      labels: { plural: tLabel('collectionPromptKitPlural'), singular: tLabel('collectionPromptKitSingular') },
      versions: { maxPerDoc: 100 },
    },
    options.overrides.promptKits,
  )
