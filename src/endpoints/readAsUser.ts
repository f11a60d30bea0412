import type { CollectionSlug, PayloadRequest } from 'payload'

import { HttpError } from './defineEndpoint.js'
import { malformedDocId, parseDocId } from './docId.js'
import { excerpt } from './excerpt.js'

type Doc = { [field: string]: unknown; id: number | string }

/**
 * Read one document the way the user may see it (`overrideAccess: false`, drafts included):
 * 400 when the value cannot be an ID of the collection, 404 naming the ID when it does not exist, 403 when it exists but the user may not read it.
 * `field` names the input the ID came from (`id`, `brief`, `article`).
 */
export const readAsUser = async (
  req: PayloadRequest,
  { collection, field, id: rawId, label }: { collection: string; field: string; id: unknown; label: string },
): Promise<Doc> => {
  const notFound = () => new HttpError(404, `No ${label} with ID ${excerpt(rawId)}.`, field)
  // `1.5` where IDs are integers is a mistake in the request, not a missing document (body fields and GraphQL arguments too).
  const malformed = malformedDocId(req.payload, collection, rawId)
  if (malformed) throw new HttpError(400, `${field}: ${malformed}`, field)
  const id = parseDocId(req.payload, collection, rawId)
  if (id === undefined) throw notFound()
  const slug = collection as CollectionSlug
  const doc = (await req.payload.findByID({
    collection: slug,
    depth: 0,
    disableErrors: true,
    draft: true,
    id,
    overrideAccess: false,
    req,
    user: req.user,
  })) as Doc | null
  if (doc) return doc
  // Tell "missing" from "hidden" so a permission problem is not reported as a typo.
  const { totalDocs } = await req.payload.count({ collection: slug, req, where: { id: { equals: id } } })
  if (totalDocs > 0) throw new HttpError(403, `You are not allowed to read ${label} ${excerpt(rawId)}.`, field)
  throw notFound()
}
