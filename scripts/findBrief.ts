import type { CollectionSlug, Payload } from 'payload'

import type { ResolvedPromptKitOptions } from '../src/types.js'

import { parseDocId } from '../src/endpoints/docId.js'
import { CliError } from './cliError.js'

type Doc = { [field: string]: unknown; id: number | string }

/** A brief by ID or by slug. */
export const findBrief = async (payload: Payload, options: ResolvedPromptKitOptions, idOrSlug: string): Promise<Doc> => {
  const collection = options.slugs.briefs as CollectionSlug
  const id = parseDocId(payload, collection, idOrSlug)
  if (id !== undefined) {
    const byId = await payload.findByID({ collection, depth: 0, disableErrors: true, id })
    if (byId) return byId as Doc
  }
  const bySlug = await payload.find({ collection, depth: 0, limit: 1, where: { slug: { equals: idOrSlug } } })
  if (bySlug.docs[0]) return bySlug.docs[0] as Doc
  throw new CliError(`no brief with ID or slug "${idOrSlug}" in the database of ${payload.db.name}`)
}
