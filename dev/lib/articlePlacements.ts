import type { sitePayload } from './sitePayload.js'
import type { Placement } from './groupArticles.js'
import type { ArticleSummary } from './types.js'

type Payload = Awaited<ReturnType<typeof sitePayload>>
type Id = number | string

const idOf = (value: unknown): Id | undefined => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || (typeof id === 'string' && id !== '') ? id : undefined
}

/**
 * Topical map and content group of each article, from its brief. Briefs and maps are editor-only
 * (their access needs a login), so these reads bypass access but select only the names the index
 * shows; nothing else of a brief reaches the page.
 */
export const articlePlacements = async (
  payload: Payload,
  slugs: { briefs: string; topicalMaps: string },
  articles: ArticleSummary[],
): Promise<(article: ArticleSummary) => Placement> => {
  const briefIds = [...new Set(articles.map((a) => idOf(a.brief)).filter((id) => id !== undefined))]
  const briefs = briefIds.length
    ? (
        await payload.find({
          collection: slugs.briefs,
          depth: 0,
          overrideAccess: true,
          pagination: false,
          select: { contentGroup: true, topicalMap: true },
          where: { id: { in: briefIds } },
        })
      ).docs
    : []
  const mapIds = [...new Set(briefs.map((b) => idOf((b as { topicalMap?: unknown }).topicalMap)).filter((id) => id !== undefined))]
  const maps = mapIds.length
    ? (
        await payload.find({
          collection: slugs.topicalMaps,
          depth: 0,
          overrideAccess: true,
          pagination: false,
          select: { title: true },
          where: { id: { in: mapIds } },
        })
      ).docs
    : []

  const mapTitle = new Map(maps.map((m) => [String(m.id), (m as { title?: string }).title]))
  const briefPlacement = new Map(
    briefs.map((b) => {
      const { contentGroup, topicalMap } = b as { contentGroup?: null | string; topicalMap?: unknown }
      const map = idOf(topicalMap)
      return [String(b.id), { contentGroup: contentGroup ?? undefined, topicalMap: map === undefined ? undefined : mapTitle.get(String(map)) }]
    }),
  )
  return (article) => {
    const brief = idOf(article.brief)
    return (brief === undefined ? undefined : briefPlacement.get(String(brief))) ?? {}
  }
}
