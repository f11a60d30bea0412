import type { CollectionConfig } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { isLoggedIn } from '../access/isLoggedIn.js'
import { mapEndpoints } from '../endpoints/mapGenerateEndpoint.js'
import { mapGenerationFields } from '../maps/mapGenerationFields.js'
import { slugField } from '../fields/slugField.js'
import { promptKitGroup, tLabel } from '../i18n/labels.js'
import { applyOverrides } from './applyOverrides.js'

/**
 * A pillar topic with its content groups; briefs belong to one, internal links stay inside one.
 * `POST …/:id/generate` queues the whole map (pillar first, within a budget), `GET …/:id/generation` follows it.
 */
export const createTopicalMapsCollection = (options: ResolvedPromptKitOptions): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.topicalMaps,
      access: { create: isLoggedIn, delete: isLoggedIn, read: isLoggedIn, update: isLoggedIn },
      admin: { defaultColumns: ['title', 'pillarTitle', 'updatedAt'], group: promptKitGroup, useAsTitle: 'title' },
      fields: [
        {
          name: 'title',
          type: 'text',
          admin: { description: tLabel('descTopicalMapTitle') },
          label: tLabel('fieldTitle'),
          required: true,
        },
        slugField('title'),
        {
          name: 'pillarTitle',
          type: 'text',
          admin: { description: tLabel('descPillarTitle') },
          label: tLabel('fieldPillarTitle'),
        },
        {
          name: 'pillarBrief',
          type: 'relationship',
          admin: { description: tLabel('descPillarBrief') },
          label: tLabel('fieldPillarBrief'),
          relationTo: options.slugs.briefs,
        },
        {
          name: 'contentGroups',
          type: 'array',
          fields: [
            { name: 'name', type: 'text', label: tLabel('fieldName'), required: true },
            { name: 'description', type: 'textarea', label: tLabel('fieldDescription') },
          ],
          label: tLabel('fieldContentGroups'),
          labels: { plural: tLabel('fieldContentGroups'), singular: tLabel('fieldContentGroup') },
        },
        {
          name: 'briefs',
          type: 'join',
          collection: options.slugs.briefs,
          label: tLabel('collectionBriefPlural'),
          on: 'topicalMap',
        },
        ...mapGenerationFields(options),
      ],
      // The map's generate and progress routes; none when disabled (the budget field stays, for a stable schema).
      endpoints: options.disabled ? [] : mapEndpoints(options),
      labels: { plural: tLabel('collectionTopicalMapPlural'), singular: tLabel('collectionTopicalMapSingular') },
    },
    options.overrides.topicalMaps,
  )
