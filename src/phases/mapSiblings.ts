import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import type { Doc, Id } from '../pipeline/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'

import { isPillarOf } from '../maps/mapBriefs.js'
import { ownReq } from '../pipeline/ownReq.js'
import { idOf, sameId } from '../pipeline/types.js'

/** One article of a topical map, as a link target: drafts and queued articles included. */
export type MapSibling = {
  id: Id
  /** Its brief is the map's pillar. */
  isPillar: boolean
  /** A version of it is published now (a link to it renders); otherwise the link waits. */
  published: boolean
  slug: string
  title: string
}

type Reader = { options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest }

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * Every article of the topical map whose slug is known, latest version (so a draft created when
 * its brief was queued counts), pillar first, then by title; never `exclude` itself.
 */
export const mapSiblings = async (
  { options, payload, req }: Reader,
  mapId: Id,
  exclude?: Id,
): Promise<MapSibling[]> => {
  const [map, briefs] = await Promise.all([
    payload.findByID({
      collection: options.slugs.topicalMaps as CollectionSlug,
      depth: 0,
      disableErrors: true,
      id: mapId,
      req: ownReq(req),
    }),
    payload.find({
      collection: options.slugs.briefs as CollectionSlug,
      depth: 0,
      limit: 0,
      pagination: false,
      req: ownReq(req),
      select: { isPillar: true },
      where: { topicalMap: { equals: mapId } },
    }),
  ])
  if (!map || briefs.docs.length === 0) return []
  const isPillar = isPillarOf(map as Doc)
  const pillarBriefs = (briefs.docs as Doc[]).filter(isPillar).map((brief) => brief.id)
  const where: { and: Where[] } = {
    and: [
      { brief: { in: briefs.docs.map((doc) => doc.id) } },
      ...(exclude === undefined ? [] : [{ id: { not_equals: exclude } }]),
    ],
  }
  const read = (draft: boolean) =>
    payload.find({
      collection: options.articles.collection as CollectionSlug,
      depth: 0,
      draft,
      limit: 0,
      pagination: false,
      req: ownReq(req),
      select: { brief: true, slug: true, title: true },
      sort: 'title',
      where: draft ? where : { and: [...where.and, { _status: { equals: 'published' } }] },
    })
  // Latest versions for slugs and titles; the main documents for which are published.
  const [latest, published] = await Promise.all([read(true), read(false)])
  const siblings = (latest.docs as Doc[]).flatMap((doc): MapSibling[] =>
    text(doc.slug)
      ? [
          {
            id: doc.id,
            isPillar: pillarBriefs.some((id) => sameId(id, idOf(doc.brief))),
            published: published.docs.some((p) => sameId(p.id, doc.id)),
            slug: text(doc.slug),
            title: text(doc.title) || text(doc.slug),
          },
        ]
      : [],
  )
  return [...siblings.filter((s) => s.isPillar), ...siblings.filter((s) => !s.isPillar)]
}

/** One prompt line: "title (slug)" then what the model should know (pillar, not yet published). */
export const siblingLine = (sibling: MapSibling): string => {
  const notes = [...(sibling.isPillar ? ['pillar'] : []), ...(sibling.published ? [] : ['not published yet'])]
  return `${sibling.title} (${sibling.slug})${notes.length ? ` [${notes.join(', ')}]` : ''}`
}
