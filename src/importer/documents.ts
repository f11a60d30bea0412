import type { Payload, PayloadRequest } from 'payload'

/** A stored document as the importer sees it; IDs are numbers (SQL) or strings (MongoDB). */
export type Doc = { [field: string]: unknown; id: number | string }

/** The ID in a relationship value, populated or not. */
export const relationID = (value: unknown): null | number | string => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return relationID((value as { id: unknown }).id)
  return null
}

/** The document whose slug is `slug`, or null. */
export const findBySlug = async (
  payload: Payload,
  req: PayloadRequest,
  collection: string,
  slug: string,
): Promise<Doc | null> => {
  const { docs } = await payload.find({ collection, depth: 0, limit: 1, req, where: { slug: { equals: slug } } })
  return (docs[0] as Doc | undefined) ?? null
}
