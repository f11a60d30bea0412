import { createHash } from 'node:crypto'

/**
 * Stored values come back with row `id`s, `null`s for unset sub-fields and (on PostgreSQL jsonb)
 * reordered keys; none of that is an edit, so it is left out of the fingerprint.
 */
const normalize = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => key !== 'id' && v !== null && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, v]) => [key, normalize(v)])
    return Object.fromEntries(entries)
  }
  return value
}

/** A short hash of a field's value; equal for the same content however it was stored. */
export const valueHash = (value: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(normalize(value ?? null)) ?? 'null')
    .digest('hex')
    .slice(0, 32)

export type FieldHashes = Record<string, string>

/** What a phase wrote, field by field, read from the saved article. */
export const fieldHashesOf = (article: Record<string, unknown>, fields: string[]): FieldHashes =>
  Object.fromEntries(fields.map((field) => [field, valueHash(article[field])]))

const isHashes = (value: unknown): value is FieldHashes =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** Fields whose value in `values` no longer matches what the phase wrote; only fields present in `values` count. */
export const changedFields = (values: Record<string, unknown>, hashes: unknown): string[] =>
  isHashes(hashes) ? Object.keys(hashes).filter((field) => field in values && valueHash(values[field]) !== hashes[field]) : []
