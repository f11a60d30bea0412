import type { CollectionSlug, Payload } from 'payload'

import type { AuthorInput } from '../frontend/jsonLd/inputs.js'

import { getPromptKitOptions } from '../pluginOptions.js'
import { PUBLIC_AUTHOR_FIELDS } from './authorFields.js'

/** An author's public profile plus its ID: what a page may show. */
export type PublicAuthor = AuthorInput & { id: number | string }

const refOf = (value: unknown): number | string | undefined => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)) ? id : undefined
}

/**
 * The author `value` refers to (an ID or a populated doc), with its public fields only. Access is
 * bypassed on purpose: authors may be users, whom anonymous readers cannot read, while the page
 * must show the byline; `select` keeps email, roles and login fields out. Null when there is none.
 */
export const getPublicAuthor = async (payload: Payload, value: unknown): Promise<null | PublicAuthor> => {
  const id = refOf(value)
  if (id === undefined) return null
  const { authors } = getPromptKitOptions(payload)
  const select: Record<string, true> = Object.fromEntries(PUBLIC_AUTHOR_FIELDS.map((name) => [name, true as const]))
  const doc = await payload.findByID({
    collection: authors.collection as CollectionSlug,
    depth: 1,
    disableErrors: true,
    id,
    overrideAccess: true,
    select,
  })
  if (!doc) return null
  // `select` already limits the fields; copying only the public ones keeps it so if a hook adds more.
  const record = doc as Record<string, unknown>
  return { id, ...Object.fromEntries(PUBLIC_AUTHOR_FIELDS.map((name) => [name, record[name]])) } as PublicAuthor
}
