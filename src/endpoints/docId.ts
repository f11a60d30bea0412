import type { CollectionSlug, Payload } from 'payload'

import { excerpt } from './excerpt.js'

/** What an ID of a collection looks like on this database, when it is not any non-empty string. */
export type DocIdShape = 'integer' | 'objectId'

/** An ID turned into the collection's ID type, or the shape it would have needed. */
export type DocIdCheck =
  | { id: number | string; ok: true }
  /** `existing`: well-formed, but no document can have it (an integer too large for an ID). */
  | { expected: 'existing' | 'nonEmpty' | DocIdShape; ok: false }

const INTEGER = /^-?\d+$/
// MongoDB's default IDs are ObjectIDs: 24 hex digits.
const OBJECT_ID = /^[0-9a-f]{24}$/i

/** The shape the collection's IDs must have on this database (custom ID types first). */
const idShapeOf = (payload: Payload, collection: string): DocIdShape | undefined => {
  const custom = payload.collections[collection as CollectionSlug]?.customIDType
  if (custom === 'text') return undefined
  if (custom === 'number' || payload.db.defaultIDType === 'number') return 'integer'
  return payload.db.name === 'mongoose' ? 'objectId' : undefined
}

/** Check an ID from a URL, body or GraphQL argument against the collection's ID type on this database. */
export const checkDocId = (payload: Payload, collection: string, raw: unknown): DocIdCheck => {
  const shape = idShapeOf(payload, collection)
  if (typeof raw === 'number') {
    return Number.isInteger(raw) && shape !== 'objectId'
      ? { id: raw, ok: true }
      : { expected: shape ?? 'integer', ok: false }
  }
  if (typeof raw !== 'string' || !raw.trim()) return { expected: 'nonEmpty', ok: false }
  const value = raw.trim()
  if (shape === 'integer') {
    if (!INTEGER.test(value)) return { expected: shape, ok: false }
    // A well-formed integer past what a JS number holds exactly names no document: not found, not malformed.
    return Number.isSafeInteger(Number(value))
      ? { id: Number(value), ok: true }
      : { expected: 'existing', ok: false }
  }
  if (shape === 'objectId' && !OBJECT_ID.test(value)) return { expected: shape, ok: false }
  return { id: value, ok: true }
}

/**
 * Turn an ID into the collection's ID type, or `undefined` when it cannot be one (callers that
 * look a document up answer 404 rather than letting the database reject `abc` as an integer).
 */
export const parseDocId = (
  payload: Payload,
  collection: string,
  raw: unknown,
): number | string | undefined => {
  const checked = checkDocId(payload, collection, raw)
  return checked.ok ? checked.id : undefined
}

const shapeText: Record<'nonEmpty' | DocIdShape, string> = {
  integer: 'an integer',
  nonEmpty: 'a non-empty ID',
  objectId: 'a 24-character hexadecimal ObjectId',
}

/**
 * Why `raw` cannot be an ID of `collection` on this database ("must be an integer, got "1.5""),
 * or `undefined` when it can (or is well-formed but names nothing: a lookup answers 404 for that).
 */
export const malformedDocId = (payload: Payload, collection: string, raw: unknown): string | undefined => {
  const checked = checkDocId(payload, collection, raw)
  if (checked.ok || checked.expected === 'existing') return undefined
  return `must be ${shapeText[checked.expected]}, got ${excerpt(raw)}`
}
