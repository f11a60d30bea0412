import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'
import type { Doc, Id } from './types.js'

import { ownReq } from './ownReq.js'

type Store = { options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest }

const slugOf = (store: Store) => store.options.slugs.generations as CollectionSlug

const findGenerations = async (store: Store, where: Where, sort: string, limit: number): Promise<Doc[]> => {
  const found = await store.payload.find({
    collection: slugOf(store),
    depth: 0,
    limit,
    pagination: false,
    req: ownReq(store.req),
    sort,
    where,
  })
  return found.docs as Doc[]
}

export const succeededStatuses = ['succeeded', 'cached']

export type Claim =
  /** This worker owns the phase now and may call the LLM. */
  | { generation: Doc; kind: 'claimed' }
  /** Another worker is on it: leave the phase alone. */
  | { generation: Doc; kind: 'busy' }
  /** Already done in this run (a resumed run). */
  | { generation: Doc; kind: 'done' }

/**
 * Atomically claim one phase of one run by inserting its `running` generation. The unique index on
 * (run, phase, runAttempt) makes the insert the lock: of two workers only one insert succeeds.
 * A `running` claim older than `staleAfterMs` belongs to a worker that died; the next attempt is claimed.
 */
export const claimPhase = async (
  store: Store,
  { data, phase, run, staleAfterMs }: { data: Record<string, unknown>; phase: string; run: string; staleAfterMs: number },
): Promise<Claim> => {
  const where: Where = { and: [{ run: { equals: run } }, { phase: { equals: phase } }] }
  const previous = await findGenerations(store, where, '-runAttempt', 0)
  const done = previous.find((g) => succeededStatuses.includes(String(g.status)))
  if (done) return { generation: done, kind: 'done' }

  const latest = previous[0]
  if (latest?.status === 'running') {
    const age = Date.now() - Date.parse(String(latest.createdAt))
    if (age < staleAfterMs) return { generation: latest, kind: 'busy' }
    await recordGeneration(store, latest.id, {
      error: `Abandoned: the worker running this phase stopped without finishing (claimed ${Math.round(age / 1000)} s ago).`,
      status: 'failed',
    })
  }

  const runAttempt = Number(latest?.runAttempt ?? 0) + 1
  try {
    const generation = (await store.payload.create({
      collection: slugOf(store),
      data: { ...data, phase, run, runAttempt, status: 'running' },
      depth: 0,
      req: ownReq(store.req),
    })) as Doc
    return { generation, kind: 'claimed' }
  } catch (error) {
    // Lost the race: the other worker's row is there now. Anything else is a real error.
    const winner = await findGenerations(
      store,
      { and: [...(where.and as Where[]), { runAttempt: { equals: runAttempt } }] },
      '-createdAt',
      1,
    )
    if (winner[0]) return { generation: winner[0], kind: 'busy' }
    throw error
  }
}

export const recordGeneration = async (store: Store, id: Id, data: Record<string, unknown>): Promise<Doc> =>
  (await store.payload.update({
    collection: slugOf(store),
    data,
    depth: 0,
    id,
    req: ownReq(store.req),
  })) as Doc

export const findGeneration = async (store: Store, id: Id): Promise<Doc | null> =>
  (await store.payload.findByID({
    collection: slugOf(store),
    depth: 0,
    disableErrors: true,
    id,
    req: ownReq(store.req),
  })) as Doc | null

/** The newest successful generation made from exactly these inputs, to reuse instead of calling the LLM. */
export const findCachedGeneration = async (store: Store, inputHash: string): Promise<Doc | undefined> => {
  const found = await findGenerations(
    store,
    { and: [{ inputHash: { equals: inputHash } }, { status: { equals: 'succeeded' } }] },
    '-createdAt',
    1,
  )
  return found[0]
}

/** What the article's generations have used so far, over every run. */
export const articleSpend = async (store: Store, articleId: Id): Promise<{ cost: number; tokens: number }> => {
  const docs = await findGenerations(store, { article: { equals: articleId } }, 'createdAt', 0)
  return docs.reduce(
    (sum, doc) => ({ cost: sum.cost + (Number(doc.cost) || 0), tokens: sum.tokens + (Number(doc.totalTokens) || 0) }),
    { cost: 0, tokens: 0 },
  )
}

/** The generations of one run, oldest first. */
export const runGenerations = (store: Store, run: string): Promise<Doc[]> =>
  findGenerations(store, { run: { equals: run } }, 'createdAt', 0)

export const generationsOf = (store: Store, ids: Id[]): Promise<Doc[]> =>
  ids.length ? findGenerations(store, { id: { in: ids } }, 'createdAt', 0) : Promise.resolve([])
