import type { CollectionBeforeChangeHook, CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'
import type { Doc, Id } from './types.js'

import { drizzleFindFirst, drizzleInsert } from '../shared/drizzleTable.js'
import { ownReq } from './ownReq.js'

type Store = { options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest }

const slugOf = (store: Store) => store.options.slugs.generations as CollectionSlug

const configOf = (store: Store) => store.payload.collections[slugOf(store)].config

const hasHooks = (hooks: object | undefined) => Object.values(hooks ?? {}).some((list) => Array.isArray(list) && list.length > 0)

/**
 * Whether the pipeline may read and write generations with `payload.db` directly. The Local API
 * costs several queries per call (lock check, transaction, hooks, re-read), and the collection as the
 * plugin defines it has one hook only: the API-key redaction (first; host hooks are appended, see
 * applyOverrides), which `redacted` runs itself. Hosts that add hooks, fields with hooks, versions
 * or trash keep the Local API, so theirs run too.
 */
const direct = (store: Store): boolean => {
  const config = configOf(store)
  let known = directByConfig.get(config)
  if (known === undefined) directByConfig.set(config, (known = allowsDirect(config)))
  return known
}

const directByConfig = new WeakMap<object, boolean>()

const allowsDirect = (config: ReturnType<typeof configOf>): boolean => {
  const { beforeChange, ...others } = config.hooks ?? {}
  return (
    (beforeChange?.length ?? 0) <= 1 &&
    !hasHooks(others) &&
    !config.versions &&
    !config.trash &&
    !config.upload &&
    !config.auth &&
    config.flattenedFields.every((field) => !hasHooks('hooks' in field ? field.hooks : undefined))
  )
}

/** `data` through the collection's beforeChange hook (the redaction): no API key is ever stored. */
const redacted = async (store: Store, data: Record<string, unknown>, operation: 'create' | 'update') => {
  const collection = configOf(store)
  let result = data
  for (const hook of (collection.hooks?.beforeChange ?? []) as CollectionBeforeChangeHook[]) {
    result =
      (await hook({ collection, context: {}, data: result, operation, originalDoc: undefined, req: ownReq(store.req) as PayloadRequest })) ??
      result
  }
  return result
}

const findGenerations = async (store: Store, where: Where, sort: string, limit: number): Promise<Doc[]> => {
  if (direct(store)) {
    const found = await store.payload.db.find({ collection: slugOf(store), limit, pagination: false, req: ownReq(store.req), sort, where })
    return found.docs as Doc[]
  }
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
  {
    data,
    firstAttempt,
    phase,
    run,
    staleAfterMs,
  }: {
    data: Record<string, unknown>
    /**
     * The run had no generation of this phase when it started: try attempt 1 straight away. The
     * unique index still decides; if the insert fails, the claim looks at what is there as usual.
     */
    firstAttempt?: boolean
    phase: string
    run: string
    staleAfterMs: number
  },
): Promise<Claim> => {
  if (firstAttempt) {
    try {
      return { generation: await insertGeneration(store, { ...data, phase, run, runAttempt: 1, status: 'running' }), kind: 'claimed' }
    } catch {
      // Someone else has attempt 1 (or the insert failed for another reason, which the next one shows).
    }
  }
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
    const generation = await insertGeneration(store, { ...data, phase, run, runAttempt, status: 'running' })
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

const insertGeneration = async (store: Store, data: Record<string, unknown>): Promise<Doc> => {
  if (!direct(store)) return (await store.payload.create({ collection: slugOf(store), data, depth: 0, req: ownReq(store.req) })) as Doc
  const now = new Date().toISOString()
  const row = await redacted(store, { ...data, createdAt: now, updatedAt: now }, 'create')
  // A claim sits between a phase's answer and its dependants' requests: on SQL adapters one INSERT
  // … RETURNING id (~2 ms on PostgreSQL) instead of the adapter's create and a read of its ID (~5).
  const insert = drizzleInsert(store.payload, slugOf(store), Object.keys(row))
  if (insert) return { ...row, id: await insert(row) }
  return (await store.payload.db.create({ collection: slugOf(store), data: row, req: ownReq(store.req) })) as Doc
}

/** Update some columns of a generation. Nothing is read back: callers know what they wrote. */
export const recordGeneration = async (store: Store, id: Id, data: Record<string, unknown>): Promise<void> => {
  if (direct(store)) {
    const row = await redacted(store, { ...data, updatedAt: new Date().toISOString() }, 'update')
    // Only the given columns change (a partial update); the claim's messages etc. stay.
    await store.payload.db.updateOne({ collection: slugOf(store), data: row, id, req: ownReq(store.req), returning: false })
    return
  }
  await store.payload.update({ collection: slugOf(store), data, depth: 0, id, req: ownReq(store.req), select: { id: true } })
}

export const findGeneration = async (store: Store, id: Id): Promise<Doc | null> => {
  if (direct(store)) {
    return (await store.payload.db.findOne({ collection: slugOf(store), req: ownReq(store.req), where: { id: { equals: id } } })) as Doc | null
  }
  return (await store.payload.findByID({
    collection: slugOf(store),
    depth: 0,
    disableErrors: true,
    id,
    req: ownReq(store.req),
  })) as Doc | null
}

/**
 * The newest successful generation made from exactly these inputs, to reuse instead of calling the LLM.
 * Every phase looks before its LLM request and usually finds nothing: on SQL adapters that look is
 * one indexed SELECT of the ID (see drizzleFindFirst), ~1 ms instead of the adapter's find (~4 ms on
 * PostgreSQL), and only a hit reads the whole generation.
 */
export const findCachedGeneration = async (store: Store, inputHash: string): Promise<Doc | undefined> => {
  const findFirst = direct(store) ? drizzleFindFirst(store.payload, slugOf(store), { columns: ['id', 'inputHash', 'status', 'createdAt'] }) : undefined
  if (findFirst) {
    const row = await findFirst({
      columns: { id: true },
      orderBy: (t, { desc }) => [desc(t.createdAt)],
      where: (t, { and, eq }) => and(eq(t.inputHash, inputHash), eq(t.status, 'succeeded')),
    })
    return row ? ((await findGeneration(store, row.id as Id)) ?? undefined) : undefined
  }
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
