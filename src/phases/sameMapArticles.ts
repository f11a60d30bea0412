import type { PhaseContext } from './types.js'

import { relationId } from '../shared/relationId.js'
import { mapSiblings } from './mapSiblings.js'

/**
 * IDs, by slug, of the articles among `slugs` that belong to the brief's topical map: the same
 * list the prompt showed (`relatedArticles`), so drafts and articles queued with the map count and
 * their links wait until they are published. Never the article itself; empty without a map.
 */
export const sameMapArticles = async (
  slugs: string[],
  { article, brief, options, payload, req }: PhaseContext,
): Promise<Map<string, number | string>> => {
  const topicalMap = relationId(brief.topicalMap)
  if (topicalMap === null || slugs.length === 0) return new Map()
  const wanted = new Set(slugs)
  const siblings = await mapSiblings({ options, payload, req }, topicalMap, article.id)
  return new Map(siblings.filter((sibling) => wanted.has(sibling.slug)).map((sibling) => [sibling.slug, sibling.id]))
}
