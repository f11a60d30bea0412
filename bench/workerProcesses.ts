import type { Payload } from 'payload'

import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { BenchFake } from './fakeLlmProcess.js'

import { generateArticle } from '../src/generateArticle.js'
import { createBriefWithSibling } from '../tests/support/pipelineFixtures.js'
import { freshBenchDatabase, startBenchPayload, stopBenchPayload } from './benchPayload.js'
import { sleep } from './stats.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const TIMEOUT_MS = 10 * 60_000

export type WorkersResult = {
  duplicateCalls: number
  failedRuns: number
  llmCalls: number
  /** Peak RSS of each worker process, MB. */
  peakRssMb: number[]
  runs: number
  wallMs: number
  workers: number
}

export type Worker = { child: ChildProcess; output: string[]; ready: Promise<void>; stopping: boolean }

/** What `npm run worker` runs, on the bench's database; the worker reports its own peak RSS when it stops. */
export const startWorker = (env: Record<string, string>, jobsPerWorker: number): Worker => {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/worker.ts', '--limit', String(jobsPerWorker), '--interval', '100'], {
    cwd: root,
    env: { ...process.env, ...env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  const worker = { child, output, stopping: false } as Worker
  worker.ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString())
      if (output.join('').includes('running generation jobs')) resolve()
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.on('exit', (code) => {
      const error = new Error(`bench worker ${String(child.pid)} exited early (${String(code)}):\n${output.join('')}`)
      if (!worker.stopping) process.stderr.write(`${error.message}\n`)
      reject(error)
    })
  })
  return worker
}

export const stopWorker = async (worker: Worker): Promise<number> => {
  const { child, output } = worker
  worker.stopping = true
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  // NaN when the worker ended without its closing line (killed while still starting, for one).
  const match = /peak RSS (\d+) MB/.exec(output.join(''))
  return match ? Number(match[1]) : Number.NaN
}

/**
 * `runs` briefs queued at once on one PostgreSQL database, executed by `workers` worker processes
 * (started and ready before the clock starts). Duplicate LLM calls: requests beyond the first per
 * (article, phase), counted at the fake server.
 */
export const timeWorkerProcesses = async (
  fake: BenchFake,
  { concurrency, jobsPerWorker, runs, workers }: { concurrency: number; jobsPerWorker: number; runs: number; workers: number },
): Promise<WorkersResult> => {
  const db = freshBenchDatabase('postgres')
  if (db.kind !== 'postgres') throw new Error('unreachable')
  const payload: Payload = await startBenchPayload(db, fake.baseURL, concurrency)
  const env = { BENCH_CONCURRENCY: String(concurrency), BENCH_PG_SCHEMA: db.schema, BENCH_PG_URI: db.uri, OPENAI_BASE_URL: fake.baseURL, PAYLOAD_CONFIG_PATH: 'bench/workerConfig.ts' }
  const pool: Worker[] = []
  try {
    const briefs = []
    for (let k = 0; k < runs; k++) briefs.push((await createBriefWithSibling(payload, `benchbrief${k}`)).brief)
    for (let i = 0; i < workers; i++) pool.push(startWorker(env, jobsPerWorker))
    await Promise.all(pool.map((w) => w.ready))

    const before = (await fake.reset()).requestCount
    const started = performance.now()
    const articleIds = []
    for (const brief of briefs) articleIds.push((await generateArticle(payload, { brief: brief.id })).articleId)
    let statuses: string[] = []
    while (performance.now() - started < TIMEOUT_MS) {
      const found = await payload.find({
        collection: 'articles',
        depth: 0,
        draft: true,
        limit: 0,
        pagination: false,
        where: { id: { in: articleIds } },
      })
      // One status per article: a drafts query can list an article twice while it is being written.
      const byId = new Map(found.docs.map((doc) => [String(doc.id), String((doc as { run?: { status?: string } }).run?.status)]))
      statuses = [...byId.values()]
      if (statuses.length === runs && statuses.every((s) => s === 'succeeded' || s === 'failed')) break
      await sleep(100)
    }
    const wallMs = performance.now() - started
    const peakRssMb = await Promise.all(pool.splice(0).map(stopWorker))
    const after = await fake.counts()
    const duplicateCalls = after.calls.reduce((sum, n) => sum + Math.max(0, n - 1), 0)
    return {
      duplicateCalls,
      failedRuns: statuses.filter((s) => s !== 'succeeded').length,
      llmCalls: after.requestCount - before,
      peakRssMb,
      runs,
      wallMs,
      workers,
    }
  } finally {
    await Promise.all(pool.map(stopWorker))
    await stopBenchPayload(payload, db)
  }
}
