import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { RunState } from '../pipeline/store/articles.js'
import type { Doc, Id } from '../pipeline/types.js'
import type { BatchEntry, MapBatch, QueuedEntry } from './types.js'

import { ownReq } from '../pipeline/ownReq.js'
import { phaseRows } from '../pipeline/store/articles.js'
import { idOf } from '../pipeline/types.js'
import { getPromptKitOptions } from '../pluginOptions.js'
import { readBatch } from './recordBatch.js'

export type ArticleProgressStatus = 'failed' | 'queued' | 'running' | 'skipped' | 'succeeded'

export type ArticleProgress = {
  article: Id | null
  brief: Id
  /** USD spent by this batch's run of the article (refinement rounds included). */
  cost: number
  /** For a skipped brief: why. For a failed run: its error. */
  message: null | string
  phasesDone: number
  phasesTotal: number
  run: null | string
  status: ArticleProgressStatus
  title: string
  tokens: number
}

export type MapProgress = {
  articles: ArticleProgress[]
  batch: { createdAt: string; id: Id } | null
  /** True once no article of the batch is queued or running. */
  finished: boolean
  /** Forecast cost of the batch, to compare with the cost so far. */
  forecastCost: number
  topicalMap: Id
  totals: Record<ArticleProgressStatus, number> & {
    articles: number
    cost: number
    phasesDone: number
    phasesTotal: number
    tokens: number
  }
}

/** The batch's run, or a later round of it (`<run>~r1`): both belong to the batch. */
const ofRun = (runId: unknown, batchRun: string) =>
  typeof runId === 'string' && (runId === batchRun || runId.startsWith(`${batchRun}~`))

const find = (
  payload: Payload,
  collection: string,
  where: Record<string, unknown>,
  select: Record<string, true>,
  req?: PayloadRequest,
) =>
  payload
    .find({
      collection: collection as CollectionSlug,
      depth: 0,
      draft: true,
      limit: 0,
      pagination: false,
      req: ownReq(req),
      select,
      where: where as never,
    })
    .then((found) => found.docs as Doc[])

/**
 * The batch's jobs that have not ended: a run's job also runs its refinement rounds, so between the
 * run's end and its first round the article reads `succeeded` while there is work to come.
 */
const pendingJobs = async (payload: Payload, jobIds: Id[], req?: PayloadRequest): Promise<Set<string>> => {
  if (!jobIds.length) return new Set()
  const found = await payload.db.find({
    collection: 'payload-jobs',
    limit: 0,
    pagination: false,
    req: ownReq(req),
    where: { id: { in: jobIds } },
  })
  return new Set(
    (found.docs as Doc[]).filter((job) => !job.completedAt && !job.hasError).map((job) => String(job.id)),
  )
}

/** One article's line: its recorded run (queued, running, succeeded, failed), phases done and spend. */
const articleProgress = (
  entry: BatchEntry,
  article: Doc | undefined,
  generations: Doc[],
  pending: Set<string>,
): ArticleProgress => {
  const base = { article: entry.article, brief: entry.brief, title: entry.title }
  if (entry.status === 'skipped')
    return {
      ...base,
      cost: 0,
      message: entry.message,
      phasesDone: 0,
      phasesTotal: 0,
      run: null,
      status: 'skipped',
      tokens: 0,
    }
  const run = (article?.run ?? {}) as RunState
  // A later run started by hand supersedes the batch's; its state is the article's state now.
  const recorded = (run.status ?? 'queued') as ArticleProgressStatus
  const status = recorded !== 'queued' && pending.has(String(entry.job)) ? 'running' : recorded
  const rows = article ? phaseRows(article) : []
  const done = entry.phases.filter((key) =>
    rows.some((row) => row.phase === key && (row.status === 'done' || row.status === 'edited')),
  ).length
  const spent = generations.filter(
    (g) => String(idOf(g.article)) === String(entry.article) && ofRun(g.run, entry.run),
  )
  return {
    ...base,
    cost: spent.reduce((sum, g) => sum + (Number(g.cost) || 0), 0),
    message: status === 'failed' ? (run.error ?? null) : null,
    phasesDone: done,
    phasesTotal: entry.phases.length,
    run: entry.run,
    status,
    tokens: spent.reduce((sum, g) => sum + (Number(g.totalTokens) || 0), 0),
  }
}

const totalsOf = (articles: ArticleProgress[]): MapProgress['totals'] => {
  const totals = {
    articles: articles.length,
    cost: 0,
    failed: 0,
    phasesDone: 0,
    phasesTotal: 0,
    queued: 0,
    running: 0,
    skipped: 0,
    succeeded: 0,
    tokens: 0,
  }
  for (const a of articles) {
    totals[a.status] += 1
    totals.cost += a.cost
    totals.tokens += a.tokens
    totals.phasesDone += a.phasesDone
    totals.phasesTotal += a.phasesTotal
  }
  return totals
}

/**
 * Where the map's latest batch (or the given one) stands, per article in generation order: the
 * status of its run, phases done of the run's phases, and what the run has cost so far. Three reads
 * whatever the size of the map: the batch's articles, their generations and their jobs.
 */
export const getMapProgress = async (
  payload: Payload,
  args: { batch?: Id; req?: PayloadRequest; topicalMap: Id },
): Promise<MapProgress> => {
  const options = getPromptKitOptions(payload)
  const context = { options, payload, req: args.req }
  const batch: MapBatch | null = await readBatch(context, args.topicalMap, args.batch)
  const entries = batch?.entries ?? []
  const queued = entries.filter((e): e is QueuedEntry => e.status === 'queued')
  const articleIds = queued.map((e) => e.article)
  const [articles, generations, pending] = articleIds.length
    ? await Promise.all([
        find(
          payload,
          options.articles.collection,
          { id: { in: articleIds } },
          { pipeline: true, run: true },
          args.req,
        ),
        find(
          payload,
          options.slugs.generations,
          { article: { in: articleIds } },
          { article: true, cost: true, run: true, totalTokens: true },
          args.req,
        ),
        pendingJobs(
          payload,
          queued.map((e) => e.job),
          args.req,
        ),
      ])
    : [[], [], new Set<string>()]
  const progress = entries.map((entry) =>
    articleProgress(
      entry,
      articles.find((a) => String(a.id) === String(entry.article)),
      generations,
      pending,
    ),
  )
  const totals = totalsOf(progress)
  return {
    articles: progress,
    batch: batch ? { createdAt: batch.createdAt, id: batch.id } : null,
    finished: totals.queued + totals.running === 0,
    forecastCost: batch?.forecast?.totals.cost ?? 0,
    topicalMap: args.topicalMap,
    totals,
  }
}
