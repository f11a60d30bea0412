import type { CollectionConfig } from 'payload'

import { nobody } from '../access/isLoggedIn.js'
import { tLabel } from '../i18n/labels.js'

/** Slug of the plugin's rate-limit counters; not configurable, nothing outside the plugin refers to it. */
export const RATE_LIMITS_SLUG = 'prompt-kit-rate-limits'

/**
 * One row per user and rate-limited endpoint: the start of its current fixed window and the calls
 * counted in it. The unique `key` lets exactly one process create a row; after that, counting is a
 * single conditional `UPDATE … SET hits = hits + 1 WHERE … hits < max` (see src/rateLimit/countCall.ts).
 * Hidden from the admin, closed to the APIs: only the plugin writes it, through `payload.db`.
 */
export const createRateLimitsCollection = (): CollectionConfig => ({
  slug: RATE_LIMITS_SLUG,
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true, useAsTitle: 'key' },
  fields: [
    // `<endpoint>:<users collection>:<user id>`
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    // Milliseconds since the epoch, a multiple of the endpoint's windowMs.
    { name: 'windowStart', type: 'number', required: true },
    // Named `hits`, not `count`: the atomic increment is written as `<column> + 1`.
    { name: 'hits', type: 'number', defaultValue: 0, required: true },
  ],
  graphQL: false,
  // Never edited in the admin, so no document locks (and no column for it in the locks table).
  lockDocuments: false,
  labels: { plural: tLabel('collectionRateLimits'), singular: tLabel('collectionRateLimits') },
  timestamps: false,
})
