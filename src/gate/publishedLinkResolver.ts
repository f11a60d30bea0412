import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { LinkTarget, ResolveLinks } from './types.js'

import { linkKey } from './types.js'

/**
 * `ResolveLinks` against the database, inside the save's transaction (`req`). A collection with
 * drafts counts only published documents; one without drafts, any existing document. Targets in
 * collections the config does not have never resolve.
 */
export const publishedLinkResolver =
  (req: PayloadRequest): ResolveLinks =>
  async (targets) => {
    const byCollection = new Map<string, LinkTarget['id'][]>()
    for (const { collection, id } of targets)
      byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])

    const published = new Set<string>()
    for (const [collection, ids] of byCollection) {
      const config = req.payload.collections[collection as CollectionSlug]?.config
      if (!config) continue
      const where: Where = config.versions?.drafts
        ? { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] }
        : { id: { in: ids } }
      // Without `draft`, find reads the main documents, which only a publish updates.
      const { docs } = await req.payload.find({
        collection: collection as CollectionSlug,
        depth: 0,
        limit: ids.length,
        pagination: false,
        req,
        select: { id: true },
        where,
      })
      for (const doc of docs) published.add(linkKey({ collection, id: doc.id }))
    }
    return published
  }
