import type { CollectionConfig } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { isLoggedIn, nobody } from '../access/isLoggedIn.js'
import { promptKitGroup, tLabel } from '../i18n/labels.js'

/** Slug of the recorded map generations; not configurable, like the rate-limit counters. */
export const MAP_BATCHES_SLUG = 'prompt-kit-batches'

/**
 * One document per "generate the map" request: the map, its briefs in generation order with each
 * one's article, run and job (or why it was skipped), the forecast and the budget it was queued
 * under, who asked and when. Written only by `generateTopicalMap`; editors read it (progress is
 * computed from the articles' runs, not stored here).
 */
export const createMapBatchesCollection = (options: ResolvedPromptKitOptions): CollectionConfig => ({
  slug: MAP_BATCHES_SLUG,
  access: { create: nobody, delete: nobody, read: isLoggedIn, update: nobody },
  admin: {
    defaultColumns: ['topicalMap', 'createdBy', 'createdAt'],
    group: promptKitGroup,
    useAsTitle: 'id',
  },
  fields: [
    {
      name: 'topicalMap',
      type: 'relationship',
      index: true,
      label: tLabel('collectionTopicalMapSingular'),
      relationTo: options.slugs.topicalMaps,
      required: true,
    },
    // BatchEntry[] (src/maps/types.ts), in generation order.
    { name: 'entries', type: 'json', label: tLabel('mapBatchEntries') },
    { name: 'forecast', type: 'json', label: tLabel('mapBatchForecast') },
    { name: 'budget', type: 'json', label: tLabel('mapBatchBudget') },
    {
      name: 'createdBy',
      type: 'relationship',
      label: tLabel('mapBatchCreatedBy'),
      relationTo: options.usersSlug,
    },
  ],
  labels: { plural: tLabel('mapBatchPlural'), singular: tLabel('mapBatchSingular') },
  lockDocuments: false,
})
