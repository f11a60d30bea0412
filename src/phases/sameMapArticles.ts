import type { PhaseContext } from './types.js'

import { relationId } from '../shared/relationId.js'

/**
 * IDs, by slug, of the articles among `slugs` that belong to the brief's topical map (through their
 * brief), drafts included, never the article itself. Empty when the brief has no topical map.
 */
export const sameMapArticles = async (
  slugs: string[],
  { article, brief, options, payload, req }: PhaseContext,
): Promise<Map<string, number | string>> => {
  const topicalMap = relationId(brief.topicalMap)
  if (topicalMap === null || slugs.length === 0) return new Map()

  const briefs = await payload.find({
    collection: options.slugs.briefs,
    depth: 0,
    pagination: false,
    req,
    where: { topicalMap: { equals: topicalMap } },
  })
  if (briefs.docs.length === 0) return new Map()

  // draft: true reads each article's latest version, so links may point at unpublished siblings.
  const articles = await payload.find({
    collection: options.articles.collection,
    depth: 0,
    draft: true,
    pagination: false,
    req,
    where: {
      and: [
        { brief: { in: briefs.docs.map((doc) => doc.id) } },
        { slug: { in: slugs } },
        { id: { not_equals: article.id } },
      ],
    },
  })
  return new Map(
    articles.docs.flatMap((doc) => (typeof doc.slug === 'string' ? [[doc.slug, doc.id] as const] : [])),
  )
}
