import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Doc, Id } from '../types.js'

import { hasDraftsEnabled } from 'payload/shared'

import { ownReq } from '../ownReq.js'

type Args = { articleId: Id; collection: string; payload: Payload; req?: PayloadRequest }

/** The version the pipeline's last save of an article made while its run was running. */
type RunVersion = { runId: string; versionId: Id }

/** Per Payload instance (tests and the bench run several, with overlapping IDs), per article. */
const lastRunVersions = new WeakMap<Payload, Map<string, RunVersion>>()

const runOf = (saved: Doc) => (saved.run && typeof saved.run === 'object' ? (saved.run as { runId?: unknown; status?: unknown }) : {})

const iso = (value: unknown) => (typeof value === 'string' || value instanceof Date ? new Date(value).toISOString() : undefined)

/**
 * ID of the one version of the article saved at `updatedAt` (a draft save returns its new version,
 * stamped with the version's updatedAt), found even when someone saved after it; undefined when
 * there is none, or two saves share the millisecond and it cannot be told which is ours.
 */
const versionSavedAt = async ({ articleId, collection, payload, req }: Args, updatedAt: string): Promise<Id | undefined> => {
  const { docs } = await payload.db.findVersions({
    collection: collection as CollectionSlug,
    limit: 2,
    pagination: false,
    req: ownReq(req),
    select: { updatedAt: true },
    where: { and: [{ parent: { equals: articleId } }, { updatedAt: { equals: updatedAt } }] },
  })
  return docs.length === 1 ? (docs[0]!.id as Id) : undefined
}

/** Delete one version unless it is the latest. */
const deleteVersion = async ({ collection, payload, req }: Args, versionId: Id): Promise<void> => {
  await payload.db.deleteVersions({
    collection: collection as CollectionSlug,
    req: ownReq(req),
    where: { and: [{ id: { equals: versionId } }, { latest: { not_equals: true } }] },
  })
}

/**
 * A run saves its article many times (its state, then each phase's output as it comes), and every
 * draft save adds a version: a dozen per run, and with `versions.maxPerDoc` a few runs would push
 * the versions editors made out of the history. So each save the pipeline makes while a run is
 * running replaces the version its previous save of that run made, and a run leaves one version,
 * its final state (next to the one saved when it was queued: the article as it was before).
 *
 * Call after every pipeline save, in the article's write lock. Only a version this process saved
 * for the same run is deleted, and never the latest; an editor's save in between is not ours and
 * stays. A version that cannot be told apart (another save in the same millisecond) is kept.
 */
export const replaceRunVersion = async (args: Args, saved: Doc): Promise<void> => {
  // Without drafts a host collection's versions are its published history (or there are none).
  const config = args.payload.collections[args.collection as CollectionSlug]?.config
  if (!config || !hasDraftsEnabled(config)) return
  let byArticle = lastRunVersions.get(args.payload)
  if (!byArticle) lastRunVersions.set(args.payload, (byArticle = new Map()))
  const key = String(args.articleId)
  const previous = byArticle.get(key)
  byArticle.delete(key)
  const { runId, status } = runOf(saved)
  if (typeof runId !== 'string' || !runId) return
  const savedAt = iso(saved.updatedAt)
  if (status === 'running' && savedAt) {
    const versionId = await versionSavedAt(args, savedAt)
    if (versionId !== undefined) byArticle.set(key, { runId, versionId })
  }
  if (previous?.runId === runId) await deleteVersion(args, previous.versionId)
}
