import type { ArticleSummary } from './types.js'

/** Where an article sits in the site's structure, from its brief. */
export type Placement = { contentGroup?: string; topicalMap?: string }

export type ContentGroup = { articles: ArticleSummary[]; name: string }
export type TopicalMapSection = { groups: ContentGroup[]; title: string }

export const NO_MAP = 'More articles'
export const NO_GROUP = 'General'

/** Sorted by name, the catch-all last. */
const byName = (catchAll: string) => (a: string, b: string) =>
  a === catchAll ? 1 : b === catchAll ? -1 : a.localeCompare(b)

/** Articles grouped by topical map, then content group; article order is kept inside a group. */
export const groupArticles = (
  articles: ArticleSummary[],
  placementOf: (article: ArticleSummary) => Placement,
): TopicalMapSection[] => {
  const maps = new Map<string, Map<string, ArticleSummary[]>>()
  for (const article of articles) {
    const { contentGroup, topicalMap } = placementOf(article)
    const map = topicalMap?.trim() || NO_MAP
    const group = contentGroup?.trim() || NO_GROUP
    const groups = maps.get(map) ?? new Map<string, ArticleSummary[]>()
    groups.set(group, [...(groups.get(group) ?? []), article])
    maps.set(map, groups)
  }
  return [...maps.keys()].sort(byName(NO_MAP)).map((title) => {
    const groups = maps.get(title)!
    return {
      groups: [...groups.keys()].sort(byName(NO_GROUP)).map((name) => ({ articles: groups.get(name)!, name })),
      title,
    }
  })
}
