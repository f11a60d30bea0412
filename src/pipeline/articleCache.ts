import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Doc, Id } from './types.js'

import { newestVersion } from './newestVersion.js'

/** Articles kept per Payload instance; a run writes one article many times, so a few suffice. */
const MAX_ENTRIES = 50

type Entry = { doc: Doc; stamp: string }

const cache = new WeakMap<Payload, Map<string, Entry>>()

type Target = { articleId: Id; collection: string; payload: Payload; req?: PayloadRequest }

const keyOf = ({ articleId, req }: Target) => `${String(articleId)}|${String(req?.locale ?? '')}`

const versionedWithDrafts = ({ collection, payload }: Target) => {
  const versions = payload.collections[collection as CollectionSlug]?.config.versions
  return Boolean(versions && typeof versions === 'object' && versions.drafts)
}

/**
 * When the article was last saved by anyone: its newest version. Every save (ours, an editor's, a
 * publish, a restore) adds or updates a version, so an unchanged stamp means an unchanged article.
 */
const latestStamp = async ({ articleId, collection, payload, req }: Target): Promise<string | undefined> =>
  (await newestVersion(payload, collection, articleId, req))?.updatedAt

/**
 * The article as the pipeline last saved or read it, if nobody has saved it since: one small query
 * instead of re-reading the whole draft (with its Lexical fields) before every write. A copy, so
 * changes built from it never touch the cached one. Otherwise the stamp seen, to remember the
 * article read next with (see rememberArticle).
 */
export const cachedArticle = async (target: Target): Promise<{ doc: Doc } | { stamp?: string }> => {
  if (!versionedWithDrafts(target)) return {}
  const entry = cache.get(target.payload)?.get(keyOf(target))
  const stamp = await latestStamp(target)
  return entry && entry.stamp === stamp ? { doc: structuredClone(entry.doc) } : { stamp }
}

/**
 * Remember the article as a save returned it (a draft save returns the new latest version), or as
 * read after cachedArticle gave `stamp`. A read's own `updatedAt` can differ from its version's (a
 * just-created draft's does, by milliseconds), so it would never match; the stamp taken before the
 * read can only be older than the copy, which at worst costs one more read.
 */
export const rememberArticle = (target: Target, doc: Doc, stamp: unknown = doc.updatedAt): void => {
  if (!versionedWithDrafts(target) || typeof stamp !== 'string') return
  let byKey = cache.get(target.payload)
  if (!byKey) cache.set(target.payload, (byKey = new Map()))
  const key = keyOf(target)
  // Re-inserted last, so the oldest entry is the first one dropped.
  byKey.delete(key)
  byKey.set(key, { doc: structuredClone(doc), stamp: new Date(stamp).toISOString() })
  if (byKey.size > MAX_ENTRIES) byKey.delete(byKey.keys().next().value as string)
}

export const forgetArticle = (target: Target): void => {
  cache.get(target.payload)?.delete(keyOf(target))
}
