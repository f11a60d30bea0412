import type { Payload } from 'payload'

import type { FakeOpenAI } from '../support/fakeOpenAI.js'
import type { WorkerProcess } from '../support/workerProcess.js'
import type { WorkerSetup } from '../support/workerSetup.js'

import { generateArticle } from '../../src/generateArticle.js'
import { releaseLapsedJobs } from '../../src/jobs/releaseLapsedJobs.js'
import { runPipelineWorker } from '../../src/jobs/runPipelineWorker.js'
import { captureLogs } from '../support/captureLogs.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { startFakeOpenAI } from '../support/fakeOpenAI.js'
import { createBriefWithSibling } from '../support/pipelineFixtures.js'
import { stopTestPayload } from '../support/testPayload.js'
import { waitFor } from '../support/waitFor.js'
import { startWorkerProcess } from '../support/workerProcess.js'
import { createRequestLog } from '../support/workerRequestLog.js'
import { startWorkerTestPayload, workerDatabase, workerEnv } from '../support/workerSetup.js'

reportSkippedDatabases()

/** Short leases, so the takeover comes quickly: renewed every 0.5 s, lapsed after 2 s. */
const LEASES = { heartbeatMs: 500, leaseMs: 2_000 }
/** Slow enough that the worker is killed with phases answered, in flight and not started. */
const LLM_DELAY_MS = 1_000

const kinds = databasesUnderTest().filter((kind): kind is 'postgres' | 'sqlite' => kind !== 'mongodb')

type RunDoc = { run?: { runId?: string; status?: string } }

describe.each(kinds)('a worker process killed mid-run on %s', (db) => {
  let payload: Payload
  let fake: FakeOpenAI
  let setup: WorkerSetup
  let logs: string[]
  let worker: undefined | WorkerProcess
  const log = createRequestLog({ delayMs: LLM_DELAY_MS })

  beforeAll(async () => {
    fake = await startFakeOpenAI(log.responder)
    setup = { baseURL: fake.baseURL, db: workerDatabase(db), pipeline: LEASES }
    payload = await startWorkerTestPayload(setup)
    logs = captureLogs(payload)
  })
  afterAll(async () => {
    await worker?.kill()
    await stopTestPayload(payload)
    await fake?.close()
  })

  const runOf = async (articleId: number | string) =>
    ((await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: articleId })) as RunDoc).run

  it('has its job taken over once the lease lapses, and the run completes', async () => {
    const { brief } = await createBriefWithSibling(payload, 'takeover')
    const queued = await generateArticle(payload, { brief: brief.id })

    worker = startWorkerProcess(workerEnv(setup))
    await worker.ready
    // Mid-run: some answers arrived, some requests are still waiting for theirs.
    // Three answers at 1 s each, two of them in sequence (outline, then a phase that needs it): the
    // job was claimed more than a lease (2 s) ago, and its worker's heartbeat keeps it.
    await waitFor(async () => log.answered().length >= 3 && log.inFlight().length >= 1, 45_000)
    expect(await releaseLapsedJobs(payload)).toBe(0)
    const job = await payload.findByID({ collection: 'payload-jobs', depth: 0, id: queued.jobId })
    expect(job.processing).toBe(true)
    expect((await runOf(queued.articleId))?.status).toBe('running')

    expect(await worker.kill()).toBeNull()
    const killedAt = log.mark()
    // What the dead worker had stored: answers written ahead, and phases it finished.
    const stored = await payload.find({
      collection: 'generations',
      depth: 0,
      limit: 0,
      pagination: false,
      where: { and: [{ run: { equals: queued.runId } }, { or: [{ answeredAt: { exists: true } }, { status: { in: ['succeeded', 'cached'] } }] }] },
    })
    const storedBefore = stored.docs.map((g) => String(g.phase))

    // This process is the other worker: it finds the job held by a dead process, waits for its
    // lease to lapse, releases it and resumes the run.
    const stop = new AbortController()
    const started: string[] = []
    const ended: string[] = []
    const survivor = runPipelineWorker(payload, {
      limit: 1,
      onJobEnd: ({ status }) => ended.push(status),
      onJobStart: ({ id }) => started.push(String(id)),
      pollMs: 100,
      signal: stop.signal,
    })
    try {
      await waitFor(async () => ended.length > 0, 60_000)
    } finally {
      stop.abort()
      // Bounded: after a failure above, the run may still be waiting on something.
      await Promise.race([survivor, new Promise((resolve) => setTimeout(resolve, 10_000))])
    }

    expect(started).toEqual([String(queued.jobId)])
    expect(ended).toEqual(['success'])
    expect(logs.filter((line) => line.includes(`job ${String(queued.jobId)} `) && line.includes('stalled while processing'))).toHaveLength(1)
    expect(await runOf(queued.articleId)).toMatchObject({ runId: queued.runId, status: 'succeeded' })
    // Every phase of the run was asked for, some before the kill and the rest after it.
    expect(new Set(log.entries.map((e) => e.phase))).toEqual(new Set(queued.phases))
    expect(log.phasesAnsweredBefore(killedAt).length).toBeGreaterThanOrEqual(3)
    expect(log.phasesRequestedAfter(killedAt).length).toBeGreaterThan(0)
    // Write-ahead of answers: an answer the dead worker had stored is never asked for again. (The
    // fake's log alone cannot tell: answers it sent just before the kill may never have arrived.)
    expect(storedBefore.length).toBeGreaterThanOrEqual(1)
    expect(log.phasesRequestedAfter(killedAt).filter((phase) => storedBefore.includes(phase))).toEqual([])
  }, 150_000)
})
