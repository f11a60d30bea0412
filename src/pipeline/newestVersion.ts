import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Id } from './types.js'

import { ownReq } from './ownReq.js'

/**
 * ID and save time of a document's newest version, read from the database directly (no hooks, no
 * whole version document); undefined when it has none. Throws when the collection keeps no versions.
 */
export const newestVersion = async (
  payload: Payload,
  collection: string,
  parent: Id,
  req?: PayloadRequest,
): Promise<{ id: string; updatedAt?: string } | undefined> => {
  const { docs } = await payload.db.findVersions({
    collection: collection as CollectionSlug,
    limit: 1,
    pagination: false,
    req: ownReq(req),
    select: { updatedAt: true },
    sort: '-updatedAt',
    where: { parent: { equals: parent } },
  })
  const doc = docs[0]
  if (!doc || doc.id === undefined || doc.id === null) return undefined
  return { id: String(doc.id), updatedAt: doc.updatedAt ? new Date(doc.updatedAt).toISOString() : undefined }
}
