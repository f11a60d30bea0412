import type { Payload, PayloadRequest } from 'payload'

/** A stored document as the importer sees it; IDs are numbers (SQL) or strings (MongoDB). */
export type Doc = { [field: string]: unknown; id: number | string }

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
