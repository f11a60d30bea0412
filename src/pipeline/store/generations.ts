import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import type { ResolvedPromptKitOptions } from '../../types.js'
import type { Doc, Id } from '../types.js'

import { withDbRetry } from '../../shared/dbRetry.js'
import { ownReq } from '../ownReq.js'

/** Where generations live and who reads them: every call goes through Payload's Local API. */
export type GenerationStore = { options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest }

const slugOf = (store: GenerationStore) => store.options.slugs.generations as CollectionSlug

export const succeededStatuses = ['succeeded', 'cached']

export const findGenerations = (store: GenerationStore, where: Where, sort: string, limit = 0): Promise<Doc[]> =>
  withDbRetry(store.payload, 'read generations', async () => {
    const found = await store.payload.find({ collection: slugOf(store), depth: 0, limit, pagination: false, req: ownReq(store.req), sort, where })
    return found.docs as Doc[]
  })

export const createGeneration = (store: GenerationStore, data: Record<string, unknown>): Promise<Doc> =>
  withDbRetry(store.payload, 'record a generation', async () =>
    (await store.payload.create({ collection: slugOf(store), data, depth: 0, req: ownReq(store.req) })) as Doc,
  )

/** Update some fields of a generation. Nothing is read back: callers know what they wrote. */
export const recordGeneration = async (store: GenerationStore, id: Id, data: Record<string, unknown>): Promise<void> => {
  await withDbRetry(store.payload, `record generation ${String(id)}`, () =>
    store.payload.update({ collection: slugOf(store), data, depth: 0, id, req: ownReq(store.req), select: { id: true } }),
  )
}

export const findGeneration = (store: GenerationStore, id: Id): Promise<Doc | null> =>
  withDbRetry(store.payload, `read generation ${String(id)}`, async () =>
    (await store.payload.findByID({ collection: slugOf(store), depth: 0, disableErrors: true, id, req: ownReq(store.req) })) as Doc | null,
  )

/** Extend the leases of the given generations (see leases.ts). */
export const renewGenerationLeases = async (store: GenerationStore, ids: Id[], until: Date): Promise<void> => {
  if (ids.length === 0) return
  // The adapter writes only this column: payload.update would write back the whole document as it
  // read it, undoing a `succeeded` recorded meanwhile by the same process.
  await store.payload.db.updateMany({
    collection: slugOf(store),
    data: { leaseExpiresAt: until.toISOString() },
    req: ownReq(store.req),
    returning: false,
    where: { and: [{ id: { in: ids } }, { status: { equals: 'running' } }] },
  })
}

/** The newest successful generation made from exactly these inputs, to reuse instead of calling the LLM. */
export const findCachedGeneration = async (store: GenerationStore, inputHash: string): Promise<Doc | undefined> =>
  (await findGenerations(store, { and: [{ inputHash: { equals: inputHash } }, { status: { equals: 'succeeded' } }] }, '-createdAt', 1))[0]

export type Spend = { cost: number; tokens: number }

/** What the generations matching `where` have used: cost and tokens summed (only those two columns are read). */
export const spendOf = (store: GenerationStore, where: Where): Promise<Spend> =>
  withDbRetry(store.payload, 'read spending', async () => {
    const found = await store.payload.find({
      collection: slugOf(store),
      depth: 0,
      limit: 0,
      pagination: false,
      req: ownReq(store.req),
      select: { cost: true, totalTokens: true },
      where,
    })
    return (found.docs as Doc[]).reduce(
      (sum, doc) => ({ cost: sum.cost + (Number(doc.cost) || 0), tokens: sum.tokens + (Number(doc.totalTokens) || 0) }),
      { cost: 0, tokens: 0 },
    )
  })

/** What the article's generations have used so far, over every run. */
export const articleSpend = (store: GenerationStore, articleId: Id): Promise<Spend> => spendOf(store, { article: { equals: articleId } })

/** The generations of one run, oldest first. */
export const runGenerations = (store: GenerationStore, run: string): Promise<Doc[]> => findGenerations(store, { run: { equals: run } }, 'createdAt')

export const generationsOf = (store: GenerationStore, ids: Id[]): Promise<Doc[]> =>
  ids.length ? findGenerations(store, { id: { in: ids } }, 'createdAt') : Promise.resolve([])
