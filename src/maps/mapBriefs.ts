import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'
import type { Doc, Id } from '../pipeline/types.js'

import { ownReq } from '../pipeline/ownReq.js'
import { sameId } from '../pipeline/types.js'
import { HttpError } from '../shared/httpError.js'

type Context = { options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest }

/** The map's pillar brief: the one the map links, else the briefs the importer marked `isPillar`. */
export const isPillarOf =
  (map: Doc) =>
  (brief: Doc): boolean =>
    sameId(map.pillarBrief, brief.id) || brief.isPillar === true

/**
 * The order a content lead fills a map in: the pillar first (cluster articles link up to it), then
 * the content groups in the map's order, then the rest; oldest brief first within each.
 */
export const orderForGeneration = (map: Doc, briefs: Doc[]): Doc[] => {
  const groups = (Array.isArray(map.contentGroups) ? (map.contentGroups as Doc[]) : []).map((group) =>
    String(group.name ?? ''),
  )
  const isPillar = isPillarOf(map)
  const rank = (brief: Doc) => {
    if (isPillar(brief)) return -1
    const group = groups.indexOf(String(brief.contentGroup ?? ''))
    return group === -1 ? groups.length : group
  }
  // Array.prototype.sort is stable: briefs come in creation order.
  return [...briefs].sort((a, b) => rank(a) - rank(b))
}

/** Every brief of the map, oldest first. */
export const briefsOfMap = async ({ options, payload, req }: Context, mapId: Id): Promise<Doc[]> =>
  (
    await payload.find({
      collection: options.slugs.briefs as CollectionSlug,
      depth: 0,
      limit: 0,
      pagination: false,
      req: ownReq(req),
      select: { contentGroup: true, isPillar: true, slug: true, title: true, topicalMap: true },
      sort: 'createdAt',
      where: { topicalMap: { equals: mapId } },
    })
  ).docs as Doc[]

/**
 * The briefs to generate, in generation order: every brief of the map, or the named ones. A named
 * brief that does not exist or belongs to another map is a 400 naming it.
 */
export const selectMapBriefs = async (context: Context, map: Doc, named?: Id[]): Promise<Doc[]> =>
  chooseBriefs(map, await briefsOfMap(context, map.id), named)

/** The named briefs among `all` (the map's), or all of them, in generation order; 400 for one outside the map. */
export const chooseBriefs = (map: Doc, all: Doc[], named?: Id[]): Doc[] => {
  if (!named?.length) return orderForGeneration(map, all)
  const chosen: Doc[] = []
  for (const id of named) {
    const brief = all.find((candidate) => sameId(candidate.id, id))
    if (!brief)
      throw new HttpError(
        400,
        `briefs: brief ${String(id)} is not a brief of topical map "${String(map.title)}" (ID ${String(map.id)}).`,
        'briefs',
      )
    if (!chosen.includes(brief)) chosen.push(brief)
  }
  return orderForGeneration(map, chosen)
}
