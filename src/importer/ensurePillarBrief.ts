import type { Payload, PayloadRequest } from 'payload'

import type { Doc } from './documents.js'

import { slugify } from '../fields/slugField.js'
import { relationId } from '../shared/relationId.js'
import { findBySlug } from './documents.js'

type Collections = { briefs: string; topicalMaps: string }

/**
 * The map's pillar brief. One the map already has is kept as is; otherwise, when the page names the
 * pillar, the brief with that title is linked (marked as the pillar) or a minimal one is created.
 * Returns the map as it is afterwards.
 */
export const ensurePillarBrief = async (
  payload: Payload,
  req: PayloadRequest,
  collections: Collections,
  map: Doc,
  pillarTitle: null | string,
): Promise<{ map: Doc; pillarBrief: Doc | null }> => {
  const linkedID = relationId(map.pillarBrief)
  if (linkedID !== null) {
    const linked = await payload.findByID({
      id: linkedID,
      collection: collections.briefs,
      depth: 0,
      disableErrors: true,
      req,
    })
    // A link to a deleted brief counts as no pillar brief.
    if (linked) return { map, pillarBrief: linked as Doc }
  }
  if (!pillarTitle) return { map, pillarBrief: null }

  const slug = slugify(pillarTitle)
  let pillarBrief = await findBySlug(payload, req, collections.briefs, slug)
  if (!pillarBrief) {
    const data = {
      slug,
      isPillar: true,
      // The pillar targets the map's topic itself.
      primaryKeyword: String(map.title).toLowerCase(),
      title: pillarTitle,
      topicalMap: map.id,
    }
    pillarBrief = (await payload.create({ collection: collections.briefs, data, depth: 0, req })) as Doc
  } else if (!pillarBrief.isPillar || relationId(pillarBrief.topicalMap) === null) {
    const data = { isPillar: true, ...(relationId(pillarBrief.topicalMap) === null ? { topicalMap: map.id } : {}) }
    pillarBrief = (await payload.update({ id: pillarBrief.id, collection: collections.briefs, data, depth: 0, req })) as Doc
  }
  const updated = await payload.update({
    id: map.id,
    collection: collections.topicalMaps,
    data: { pillarBrief: pillarBrief.id },
    depth: 0,
    req,
  })
  return { map: updated as Doc, pillarBrief }
}
