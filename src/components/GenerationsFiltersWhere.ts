import type { Where } from 'payload'

/** REST query for the phase keys of the first 50 kits (only the keys are selected). */
export const kitPhasesQuery = '?depth=0&limit=50&select[phases][key]=true'

/** Distinct phase keys of a `kitPhasesQuery` answer, sorted. */
export const phaseKeysOf = (body: unknown): string[] => {
  const docs = (body as { docs?: { phases?: { key?: unknown }[] | null }[] } | null)?.docs ?? []
  const keys = docs.flatMap((kit) => (kit.phases ?? []).map((phase) => phase.key))
  return [...new Set(keys.filter((key): key is string => typeof key === 'string' && key !== ''))].sort()
}

/** What the quick filters above the generations list set; empty strings mean "any". */
export type QuickFilters = { article: string; model: string; phase: string; status: string }

export const emptyFilters: QuickFilters = { article: '', model: '', phase: '', status: '' }

/** Field and operator each quick filter owns in the list's `where`. */
const owned: Record<keyof QuickFilters, string> = { article: 'equals', model: 'like', phase: 'equals', status: 'equals' }

const isOwned = (condition: Where): boolean =>
  Object.entries(condition).some(([field, ops]) => field in owned && typeof ops === 'object' && ops !== null && owned[field as keyof QuickFilters] in ops)

/** The list's where as the where-builder writes it: OR groups of AND conditions. */
const groupsOf = (where: undefined | Where): Where[][] => {
  if (!where || Object.keys(where).length === 0) return [[]]
  if (Array.isArray(where.or) && Object.keys(where).length === 1) {
    return where.or.map((group) => (Array.isArray(group.and) ? group.and : [group]))
  }
  if (Array.isArray(where.and) && Object.keys(where).length === 1) return [where.and]
  return [[where]]
}

/** The quick filters found in the first group of `where` (what the form shows on load). */
export const filtersFromWhere = (where: undefined | Where): QuickFilters => {
  const filters = { ...emptyFilters }
  for (const condition of groupsOf(where)[0] ?? []) {
    for (const key of Object.keys(owned) as (keyof QuickFilters)[]) {
      const value = (condition[key] as Record<string, unknown> | undefined)?.[owned[key]]
      if (typeof value === 'string' || typeof value === 'number') filters[key] = String(value)
    }
  }
  return filters
}

/**
 * `where` with the quick filters applied to every OR group, replacing earlier quick filters and
 * keeping conditions an editor added in the where-builder.
 */
export const applyFilters = (where: undefined | Where, filters: QuickFilters): Where => {
  const ours: Where[] = (Object.keys(owned) as (keyof QuickFilters)[])
    .filter((key) => filters[key].trim())
    .map((key) => ({ [key]: { [owned[key]]: filters[key].trim() } }))
  const groups = groupsOf(where).map((group) => [...group.filter((condition) => !isOwned(condition)), ...ours])
  // An empty group matches everything, and so does the whole OR.
  return groups.some((group) => group.length === 0) ? {} : { or: groups.map((and) => ({ and })) }
}
