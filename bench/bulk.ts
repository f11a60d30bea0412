import type { Payload } from 'payload'

import type { RateLimits } from '../tests/support/fakeProviders.js'

import { generateTopicalMap } from '../src/maps/generateTopicalMap.js'
import { busiestWindow } from '../tests/support/fakeProviders.js'
import { FAKE_MODEL } from '../tests/support/pipelineFixtures.js'
import { freshBenchDatabase, startBenchPayload, stopBenchPayload } from './benchPayload.js'
import { startFakeLlmProcess } from './fakeLlmProcess.js'
import { sleep } from './stats.js'
import { startWorker, stopWorker, type Worker } from './workerProcesses.js'

const TIMEOUT_MS = 15 * 60_000

/** The provider's limits, which the plugin is configured with too (`llm.rateLimits`, over the same window). */
export type BulkLimits = { rpm: number; tpm: number; windowMs: number }

export type BulkArgs = {
  briefs: number
  concurrency: number
  jobsPerWorker: number
  latencyMs: number
  limits: BulkLimits
  workers: number
}

export type BulkResult = {
  /** Most requests / tokens the fake received in any span of one window. */
  busiest: { requests: number; tokens: number }
  /** ms: max(requests / rpm, tokens / tpm) × window, over the requests the fake accepted. */
  boundMs: number
  failedArticles: number
  limited: number
  requests: number
  skipped: number
  tokens: number
  wallMs: number
  workers: number
}

/** A topical map of `count` briefs (the first its pillar), each named `benchbrief<k>` for the fake's per-article counts. */
const createMap = async (payload: Payload, count: number) => {
  const map = await payload.create({
    collection: 'topical-maps',
    data: {
      pillarTitle: 'Complete Guide to CI/CD for Python Projects benchbrief0',
      title: 'CI/CD for Python Projects',
    },
  })
  for (let k = 0; k < count; k++) {
    await payload.create({
      collection: 'briefs',
      data: {
        angle: 'Decision-focused guide',
        audience: 'Intermediate Python developers',
        commonMistakes: [{ text: 'Treating CI and CD as the same thing' }],
        contentGroup: 'Foundations',
        ...(k === 0 ? { isPillar: true } : {}),
        overview: 'CI integrates changes; CD delivers them.',
        primaryKeyword: `ci cd python topic ${k}`,
        searchIntent: 'informational',
        secondaryKeywords: [{ keyword: 'continuous integration' }, { keyword: 'continuous delivery' }],
        title:
          k === 0
            ? 'Complete Guide to CI/CD for Python Projects benchbrief0'
            : `CI/CD for Python, part ${k} benchbrief${k}`,
        topicalMap: map.id,
        wordTarget: 900,
      } as never,
    })
  }
  return map
}

const runStatuses = async (payload: Payload, ids: (number | string)[]) => {
  const found = await payload.find({
    collection: 'articles',
    depth: 0,
    draft: true,
    limit: 0,
    pagination: false,
    where: { id: { in: ids } },
  })
  return [
    ...new Map(
      found.docs.map((doc) => [String(doc.id), String((doc as { run?: { status?: string } }).run?.status)]),
    ).values(),
  ]
}

/**
 * One map of `briefs` briefs generated with `generateTopicalMap` by `workers` worker processes on
 * a fresh PostgreSQL schema, against a fake (in its own process, started anew so its windows and
 * counts start empty) that enforces `limits` and answers 429 past them. The plugin in every
 * process is configured with the same limits.
 */
export const timeBulk = async ({
  briefs,
  concurrency,
  jobsPerWorker,
  latencyMs,
  limits,
  workers,
}: BulkArgs): Promise<BulkResult> => {
  const providerLimits: RateLimits = {
    requestsPerWindow: limits.rpm,
    tokensPerWindow: limits.tpm,
    windowMs: limits.windowMs,
  }
  const fake = await startFakeLlmProcess(latencyMs, providerLimits)
  const db = freshBenchDatabase('postgres')
  if (db.kind !== 'postgres') throw new Error('unreachable')
  const rateLimits = { [FAKE_MODEL]: limits }
  const payload = await startBenchPayload(db, fake.baseURL, concurrency, rateLimits)
  const env = {
    BENCH_CONCURRENCY: String(concurrency),
    BENCH_PG_SCHEMA: db.schema,
    BENCH_PG_URI: db.uri,
    BENCH_RATE_LIMITS: JSON.stringify(rateLimits),
    OPENAI_BASE_URL: fake.baseURL,
    PAYLOAD_CONFIG_PATH: 'bench/workerConfig.ts',
  }
  const pool: Worker[] = []
  try {
    const map = await createMap(payload, briefs)
    for (let i = 0; i < workers; i++) pool.push(startWorker(env, jobsPerWorker))
    await Promise.all(pool.map((w) => w.ready))

    const started = performance.now()
    const batch = await generateTopicalMap(payload, { topicalMap: map.id })
    const ids = batch.queued.map((entry) => entry.article)
    let statuses: string[] = []
    while (performance.now() - started < TIMEOUT_MS) {
      statuses = await runStatuses(payload, ids)
      if (statuses.length === ids.length && statuses.every((s) => s === 'succeeded' || s === 'failed')) break
      await sleep(100)
    }
    const wallMs = performance.now() - started
    await Promise.all(pool.splice(0).map(stopWorker))
    const log = (await fake.counts()).rateLimitLog ?? { arrivals: [], limited: 0 }
    const accepted = log.arrivals.filter((a) => !a.limited)
    const tokens = accepted.reduce((sum, a) => sum + a.tokens, 0)
    return {
      boundMs: Math.max(accepted.length / limits.rpm, tokens / limits.tpm) * limits.windowMs,
      busiest: busiestWindow(log.arrivals, limits.windowMs),
      failedArticles: ids.length - statuses.filter((s) => s === 'succeeded').length,
      limited: log.limited,
      requests: log.arrivals.length,
      skipped: batch.skipped.length,
      tokens,
      wallMs,
      workers,
    }
  } finally {
    await Promise.all(pool.map(stopWorker))
    await stopBenchPayload(payload, db)
    await fake.close()
  }
}
