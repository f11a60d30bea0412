import type { CollectionConfig } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { isLoggedIn } from '../access/isLoggedIn.js'
import { slugField } from '../fields/slugField.js'
import { applyOverrides } from './applyOverrides.js'

/** A pillar topic with its content groups; briefs belong to one, internal links stay inside one. */
export const createTopicalMapsCollection = (options: ResolvedPromptKitOptions): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.topicalMaps,
      access: { create: isLoggedIn, delete: isLoggedIn, read: isLoggedIn, update: isLoggedIn },
      admin: { defaultColumns: ['title', 'pillarTitle', 'updatedAt'], group: 'Prompt kit', useAsTitle: 'title' },
      fields: [
        { name: 'title', type: 'text', admin: { description: 'The pillar topic.' }, required: true },
        slugField('title'),
        {
          name: 'pillarTitle',
          type: 'text',
          admin: { description: 'Title of the pillar article every article of the map links to.' },
        },
        {
          name: 'pillarBrief',
          type: 'relationship',
          admin: { description: 'Brief of the pillar article.' },
          relationTo: options.slugs.briefs,
        },
        {
          name: 'contentGroups',
          type: 'array',
          fields: [
            { name: 'name', type: 'text', required: true },
            { name: 'description', type: 'textarea' },
          ],
        },
        {
          name: 'briefs',
          type: 'join',
          collection: options.slugs.briefs,
          on: 'topicalMap',
        },
      ],
    },
    options.overrides.topicalMaps,
  )
