import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Doc } from '../pipeline/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'
import type { MapBatch } from './types.js'

import { MAP_BATCHES_SLUG } from '../collections/mapBatches.js'
import { ownReq } from '../pipeline/ownReq.js'
import { idOf } from '../pipeline/types.js'

type Context = { options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest }

/** A stored batch document as the API returns it. */
export const batchOf = (doc: Doc): MapBatch => ({
  budget: (doc.budget as MapBatch['budget']) ?? null,
  createdAt: String(doc.createdAt),
  createdBy: idOf(doc.createdBy) ?? null,
  entries: Array.isArray(doc.entries) ? (doc.entries as MapBatch['entries']) : [],
  forecast: doc.forecast as MapBatch['forecast'],
  id: doc.id,
  topicalMap: idOf(doc.topicalMap)!,
})

/** Store the batch (the plugin's own write: the collection is closed to the APIs). */
export const recordBatch = async (
  { payload, req }: Context,
  data: Omit<MapBatch, 'createdAt' | 'id'>,
): Promise<MapBatch> =>
  batchOf(
    (await payload.create({
      collection: MAP_BATCHES_SLUG as CollectionSlug,
      data: data as Record<string, unknown>,
      depth: 0,
      overrideAccess: true,
      req: ownReq(req),
    })) as Doc,
  )

/** The map's latest batch, or a given one of it; null when the map has none. */
export const readBatch = async (
  { payload, req }: Context,
  mapId: Doc['id'],
  batchId?: Doc['id'],
): Promise<MapBatch | null> => {
  const found = await payload.find({
    collection: MAP_BATCHES_SLUG as CollectionSlug,
    depth: 0,
    limit: 1,
    pagination: false,
    req: ownReq(req),
    sort: '-createdAt',
    where: {
      and: [
        { topicalMap: { equals: mapId } },
        ...(batchId === undefined ? [] : [{ id: { equals: batchId } }]),
      ],
    },
  })
  const doc = found.docs[0] as Doc | undefined
  return doc ? batchOf(doc) : null
}
