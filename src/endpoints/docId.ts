import type { CollectionSlug, Payload } from 'payload'

/**
 * Turn an ID from a URL or GraphQL argument into the collection's ID type, or `undefined` when it
 * cannot be one (so callers answer 404 instead of letting the database reject `abc` as an integer).
 */
export const parseDocId = (payload: Payload, collection: string, raw: unknown): number | string | undefined => {
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw : undefined
  if (typeof raw !== 'string' || !raw.trim()) return undefined
  const value = raw.trim()
  const custom = payload.collections[collection as CollectionSlug]?.customIDType
  if (custom === 'text') return value
  if (custom === 'number' || payload.db.defaultIDType === 'number') return /^\d+$/.test(value) ? Number(value) : undefined
  // MongoDB's default IDs are ObjectIDs: 24 hex digits.
  return payload.db.name === 'mongoose' && !/^[0-9a-f]{24}$/i.test(value) ? undefined : value
}
