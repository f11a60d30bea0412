import type { CollectionSlug, PayloadRequest } from 'payload'

/** The primary keyword of the article's brief (an ID or a populated brief); undefined without one. */
export const primaryKeywordOf = async (
  req: PayloadRequest,
  briefsSlug: string,
  brief: unknown,
): Promise<string | undefined> => {
  if (brief && typeof brief === 'object') {
    const keyword = (brief as { primaryKeyword?: unknown }).primaryKeyword
    if (typeof keyword === 'string') return keyword
  }
  const id = brief && typeof brief === 'object' ? (brief as { id?: unknown }).id : brief
  if ((typeof id !== 'string' || id === '') && typeof id !== 'number') return undefined
  // `find` (not findByID) so a dangling reference reads as "no brief" instead of throwing NotFound.
  const { docs } = await req.payload.find({
    collection: briefsSlug as CollectionSlug,
    depth: 0,
    limit: 1,
    pagination: false,
    req,
    where: { id: { equals: id } },
  })
  const keyword = (docs[0] as { primaryKeyword?: unknown } | undefined)?.primaryKeyword
  return typeof keyword === 'string' ? keyword : undefined
}
