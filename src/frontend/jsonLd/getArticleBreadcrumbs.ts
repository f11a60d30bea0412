import type { CollectionSlug, Payload } from 'payload'

import type { Breadcrumb } from './inputs.js'

import { getPromptKitOptions } from '../../pluginOptions.js'
import { publishedDoc } from '../publishedDoc.js'

type Ref = number | string

const refOf = (value: unknown): Ref | undefined => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)) ? id : undefined
}

/** One field of a document, read past access: only IDs that lead to a published page are used. */
const fieldOf = async (payload: Payload, collection: string, id: Ref | undefined, field: string): Promise<unknown> => {
  if (id === undefined) return undefined
  const doc = await payload.findByID({ collection: collection as CollectionSlug, depth: 0, disableErrors: true, id, overrideAccess: true, select: { [field]: true } })
  return doc ? (doc as Record<string, unknown>)[field] : undefined
}

/**
 * The trail before an article: Home, then the published pillar article of its topical map (the
 * article whose brief is the map's pillar brief), unless the article is that pillar itself.
 */
export const getArticleBreadcrumbs = async (
  payload: Payload,
  article: { brief?: unknown },
  { home = { name: 'Home', path: '/' } }: { home?: Breadcrumb } = {},
): Promise<Breadcrumb[]> => {
  const { articles, site, slugs } = getPromptKitOptions(payload)
  const briefId = refOf(article.brief)
  const mapId = refOf(await fieldOf(payload, slugs.briefs, briefId, 'topicalMap'))
  const pillarBrief = refOf(await fieldOf(payload, slugs.topicalMaps, mapId, 'pillarBrief'))
  if (pillarBrief === undefined || pillarBrief === briefId) return [home]
  const { docs } = await payload.find({
    collection: articles.collection as CollectionSlug,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    select: { slug: true, title: true },
    where: { and: [{ brief: { equals: pillarBrief } }, { _status: { equals: 'published' } }] },
  })
  const pillar = publishedDoc(docs[0])
  const title = (docs[0] as { title?: unknown } | undefined)?.title
  return pillar && typeof title === 'string' && title.trim()
    ? [home, { name: title.trim(), path: site.articlePath(pillar) }]
    : [home]
}
