import type { Payload, PayloadRequest } from 'payload'

import type { Doc, Id } from '../types.js'

import { withArticleLock } from './articleLock.js'

/** Changes to the article computed from its current state; null when there is nothing to change. */
export type ArticleChange = (article: Doc) => null | Promise<null | Record<string, unknown>> | Record<string, unknown>

export type ArticleIO = {
  /** Fold `data` into `article` the way the save will (group fields merged one level deep). */
  merge: (article: Doc, data: Record<string, unknown>) => Record<string, unknown>
  read: () => Promise<Doc>
  save: (data: Record<string, unknown>) => Promise<Doc>
}

type Pending = {
  build: ArticleChange
  io: ArticleIO
  reject: (err: unknown) => void
  req?: PayloadRequest
  resolve: (doc: Doc) => void
}
type Queue = { draining: boolean; pending: Pending[] }

/** Per Payload instance (tests and the bench run several, with overlapping IDs), per article. */
const queues = new WeakMap<Payload, Map<string, Queue>>()

/**
 * Read the article once, apply every change of the batch in order (each sees the ones before it),
 * save once. Every article write costs a whole draft version, so phases that finish together share
 * one. Returns the changes that did not throw while being built.
 */
const saveBatch = async (batch: Pending[]): Promise<{ applied: Pending[]; saved: Doc }> => {
  const { io } = batch[0]!
  const article = await io.read()
  let view: Doc = article
  const touched = new Set<string>()
  const applied: Pending[] = []
  for (const entry of batch) {
    try {
      const data = await entry.build(view)
      if (data) {
        view = { ...view, ...io.merge(view, data) }
        for (const key of Object.keys(data)) touched.add(key)
      }
      applied.push(entry)
    } catch (err) {
      entry.reject(err)
    }
  }
  if (touched.size === 0) return { applied, saved: article }
  const saved = await io.save(Object.fromEntries([...touched].map((key) => [key, view[key]])))
  return { applied, saved }
}

const drain = async (articleKey: Id, queue: Queue) => {
  while (queue.pending.length) {
    // One batch shares one request: only consecutive changes made with the same one.
    const first = queue.pending[0]!
    const size = queue.pending.findIndex((entry) => entry.req !== first.req)
    const batch = queue.pending.splice(0, size < 0 ? queue.pending.length : size)
    await withArticleLock(articleKey, async () => {
      try {
        const { applied, saved } = await saveBatch(batch)
        for (const entry of applied) entry.resolve(saved)
      } catch (err) {
        if (batch.length === 1) return batch[0]!.reject(err)
        // One change may have made the whole save invalid: save them one by one so only it fails.
        for (const entry of batch) {
          try {
            const { applied, saved } = await saveBatch([entry])
            if (applied.length) entry.resolve(saved)
          } catch (single) {
            entry.reject(single)
          }
        }
      }
    })
  }
}

/**
 * Queue a read-modify-write of one article. Changes queued while a save is in flight are saved
 * together in the next one; changes to one article never interleave (see withArticleLock, which
 * the article's other writers share). Resolves with the article as saved.
 */
export const queueArticleChange = (
  payload: Payload,
  articleId: Id,
  { build, io, req }: { build: ArticleChange; io: ArticleIO; req?: PayloadRequest },
): Promise<Doc> =>
  new Promise<Doc>((resolve, reject) => {
    let byArticle = queues.get(payload)
    if (!byArticle) queues.set(payload, (byArticle = new Map()))
    const key = String(articleId)
    let queue = byArticle.get(key)
    if (!queue) byArticle.set(key, (queue = { draining: false, pending: [] }))
    queue.pending.push({ build, io, reject, req, resolve })
    if (!queue.draining) start(payload, articleId, queue)
  })

const start = (payload: Payload, articleId: Id, queue: Queue) => {
  const byArticle = queues.get(payload)!
  const key = String(articleId)
  queue.draining = true
  // The first batch is taken one turn later, so changes queued in the same turn share its save
  // (e.g. a run's last phase output and the run's end, see runPipeline).
  void new Promise((resolve) => setImmediate(resolve))
    .then(() => drain(articleId, queue))
    .finally(() => {
      queue.draining = false
      // A change queued after the last batch was taken but before this ran still needs its save.
      if (queue.pending.length) start(payload, articleId, queue)
      // Forget idle articles, so the map does not grow with every article ever generated.
      else if (byArticle.get(key) === queue) byArticle.delete(key)
    })
}
