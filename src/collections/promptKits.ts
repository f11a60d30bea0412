import type { CollectionConfig } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { isLoggedIn } from '../access/isLoggedIn.js'
import { slugField } from '../fields/slugField.js'
import { validateKitHook } from '../hooks/validateKitHook.js'
import { outputKinds, phaseGroups } from '../kit/outputKinds.js'
import { briefVariables } from '../kit/variables.js'
import { applyOverrides } from './applyOverrides.js'

const variablesHelp = `Variables: ${Object.keys(briefVariables)
  .map((name) => `{{${name}}}`)
  .join(', ')}, and {{outputs.<phase key>}} for the output of a phase listed in depends-on.`

/** Editable prompt templates: an ordered list of phases whose dependencies form a DAG. */
export const createPromptKitsCollection = (options: ResolvedPromptKitOptions): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.promptKits,
      access: { create: isLoggedIn, delete: isLoggedIn, read: isLoggedIn, update: isLoggedIn },
      admin: { defaultColumns: ['name', 'slug', 'updatedAt'], group: 'Prompt kit', useAsTitle: 'name' },
      fields: [
        { name: 'name', type: 'text', required: true },
        slugField('name'),
        { name: 'description', type: 'textarea' },
        {
          name: 'phases',
          type: 'array',
          admin: { initCollapsed: true },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'key', type: 'text', admin: { description: 'e.g. outline, body, faq' }, required: true },
                {
                  name: 'group',
                  type: 'select',
                  defaultValue: 'writing',
                  options: phaseGroups.map((g) => ({ label: g[0]!.toUpperCase() + g.slice(1), value: g })),
                  required: true,
                },
                { name: 'outputKind', type: 'select', options: [...outputKinds], required: true },
              ],
            },
            { name: 'title', type: 'text', required: true },
            { name: 'description', type: 'textarea' },
            { name: 'template', type: 'textarea', admin: { description: variablesHelp, rows: 12 }, required: true },
            {
              name: 'dependsOn',
              type: 'text',
              admin: { description: 'Keys of the phases whose output this one needs.' },
              hasMany: true,
            },
            {
              type: 'row',
              fields: [
                { name: 'model', type: 'text', admin: { description: 'Overrides the default model.' } },
                { name: 'temperature', type: 'number', max: 2, min: 0 },
                { name: 'maxTokens', type: 'number', min: 1 },
              ],
            },
          ],
          minRows: 1,
          required: true,
        },
      ],
      hooks: { beforeValidate: [validateKitHook] },
      versions: { maxPerDoc: 100 },
    },
    options.overrides.promptKits,
  )
