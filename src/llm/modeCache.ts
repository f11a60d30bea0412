import type { StructuredMode } from './types.js'

const MAX_ENTRIES = 100
/** baseURL|model → the best mode the server accepted, so later phases skip re-probing rejected modes. */
const accepted = new Map<string, StructuredMode>()

export const modeCacheKey = (baseURL: string, model: string) => `${baseURL}|${model}`

export function cachedMode(key: string): StructuredMode | undefined {
  return accepted.get(key)
}

export function rememberMode(key: string, mode: StructuredMode): void {
  accepted.delete(key)
  accepted.set(key, mode)
  // Map keeps insertion order: drop the oldest entry.
  if (accepted.size > MAX_ENTRIES) accepted.delete(accepted.keys().next().value!)
}

/** For tests and for a settings change at runtime. */
export function clearModeCache(): void {
  accepted.clear()
}
