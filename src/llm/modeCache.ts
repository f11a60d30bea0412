import type { StructuredMode } from './types.js'

const MAX_ENTRIES = 100
/** baseURL|model → the best mode the server accepted, so later phases skip re-probing rejected modes. */
const accepted = new Map<string, StructuredMode>()
/** baseURL|model → JSON Schema keywords the server rejected, so later calls send their limits as descriptions. */
const rejectedKeywords = new Map<string, ReadonlySet<string>>()

export const modeCacheKey = (baseURL: string, model: string) => `${baseURL}|${model}`

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key)
  map.set(key, value)
  // Map keeps insertion order: drop the oldest entry.
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value!)
}

export function cachedMode(key: string): StructuredMode | undefined {
  return accepted.get(key)
}

export function rememberMode(key: string, mode: StructuredMode): void {
  remember(accepted, key, mode)
}

export function cachedRejectedKeywords(key: string): ReadonlySet<string> {
  return rejectedKeywords.get(key) ?? new Set()
}

export function rememberRejectedKeywords(key: string, keywords: ReadonlySet<string>): void {
  if (keywords.size > 0) remember(rejectedKeywords, key, new Set(keywords))
}

/** For tests and for a settings change at runtime. */
export function clearModeCache(): void {
  accepted.clear()
  rejectedKeywords.clear()
}
