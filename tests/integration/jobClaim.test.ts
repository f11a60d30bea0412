import type { Payload } from 'payload'

import { claimJob } from '../../src/jobs/claimJob.js'
import { renewJobLease } from '../../src/jobs/jobLease.js'
import { releaseLapsedJobs } from '../../src/jobs/releaseLapsedJobs.js'
import { activeRunOf } from '../../src/pipeline/activeRun.js'
import { pickPendingJobs } from '../../src/jobs/pickPendingJobs.js'
import { RUN_PIPELINE_TASK } from '../../src/jobs/runPipelineTask.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { startTestPayloadWithoutLlm, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

describe.each(databasesUnderTest())('claiming generation jobs on %s', (db) => {
  let payload: Payload
  beforeAll(async () => {
    payload = await startTestPayloadWithoutLlm(db)
  })
  afterAll(() => stopTestPayload(payload))

  // The task's slug is not in Payload's generated types here, hence the casts.
  const queueJob = async (run: string) =>
    (await payload.jobs.queue({ input: { article: 'a', run }, task: RUN_PIPELINE_TASK } as never)) as { id: number | string }

  it('lets exactly one of many simultaneous claims win, and none after that', async () => {
    const job = await queueJob('claim-race')
    const claims = await Promise.all(Array.from({ length: 6 }, () => claimJob(payload, job.id)))
    expect(claims.filter(Boolean)).toHaveLength(1)
    expect(await claimJob(payload, job.id)).toBe(false)
    const stored = await payload.findByID({ collection: 'payload-jobs', id: job.id })
    expect(stored.processing).toBe(true)
  })

  it('finds the job of a queued run that has no job ID yet by the run ID; without one, only for a grace period', async () => {
    const queuedRun = (runId: string, updatedAt: Date) => ({ id: 1, run: { job: null, runId, status: 'queued' }, updatedAt: updatedAt.toISOString() })
    const old = new Date(Date.now() - 10 * 60_000)
    const job = await queueJob('run-queued-with-article')
    expect(await activeRunOf(payload, queuedRun('run-queued-with-article', old))).toMatchObject({ runId: 'run-queued-with-article' })
    await payload.db.updateOne({ collection: 'payload-jobs', data: { completedAt: new Date().toISOString() }, id: job.id })
    expect(await activeRunOf(payload, queuedRun('run-queued-with-article', old))).toBeNull()
    // Its process died before queueing: active for a moment (the job may be on its way), then not.
    expect(await activeRunOf(payload, queuedRun('run-never-queued', new Date()))).toMatchObject({ status: 'queued' })
    expect(await activeRunOf(payload, queuedRun('run-never-queued', old))).toBeNull()
  })

  it('offers only pending jobs of the pipeline task as candidates', async () => {
    const pending = await queueJob('candidate-pending')
    const taken = await queueJob('candidate-taken')
    expect(await claimJob(payload, taken.id)).toBe(true)
    const candidates = (await pickPendingJobs(payload, {})).map(String)
    expect(candidates).toContain(String(pending.id))
    expect(candidates).not.toContain(String(taken.id))
  })

  /** The default lease is 30 s: a job last renewed `agoMs` ago, marked processing. */
  const processingSince = async (run: string, agoMs: number) => {
    const job = await queueJob(run)
    await payload.db.updateOne({
      collection: 'payload-jobs',
      data: { processing: true, updatedAt: new Date(Date.now() - agoMs).toISOString() },
      id: job.id,
    })
    return job
  }
  const isProcessing = async (id: number | string) => (await payload.findByID({ collection: 'payload-jobs', id })).processing

  it('releases a processing job once its lease lapsed, and neither one renewed within it nor one the caller holds', async () => {
    const lapsed = await processingSince('lease-lapsed', 31_000)
    const renewed = await processingSince('lease-renewed', 5_000)
    const heldHere = await processingSince('lease-held-here', 31_000)
    expect(await releaseLapsedJobs(payload, { exceptIds: [heldHere.id] })).toBe(1)
    expect(await isProcessing(lapsed.id)).toBe(false)
    expect(await isProcessing(renewed.id)).toBe(true)
    expect(await isProcessing(heldHere.id)).toBe(true)
    // Released once: the next releaser finds nothing more to do (the held job is left to its holder).
    expect(await releaseLapsedJobs(payload, { exceptIds: [heldHere.id] })).toBe(0)
    await payload.db.updateOne({ collection: 'payload-jobs', data: { processing: false }, id: heldHere.id })
  })

  it('starts the lease with the claim, so a job queued long ago is not released before its first renewal', async () => {
    const job = await queueJob('lease-from-claim')
    await payload.db.updateOne({ collection: 'payload-jobs', data: { updatedAt: new Date(Date.now() - 60 * 60_000).toISOString() }, id: job.id })
    expect(await claimJob(payload, job.id)).toBe(true)
    expect(await releaseLapsedJobs(payload)).toBe(0)
    expect(await isProcessing(job.id)).toBe(true)
  })

  it('renews a held lease, and reports one that was released as lost', async () => {
    const job = await processingSince('lease-renew', 31_000)
    expect(await renewJobLease(payload, job.id)).toBe(true)
    expect(await releaseLapsedJobs(payload)).toBe(0)
    await payload.db.updateOne({ collection: 'payload-jobs', data: { processing: false }, id: job.id })
    expect(await renewJobLease(payload, job.id)).toBe(false)
  })

  it("releases lapsed jobs before each tick of Payload's own runner (jobs.shouldAutoRun)", async () => {
    const job = await processingSince('lease-autorun', 31_000)
    const shouldAutoRun = payload.config.jobs.shouldAutoRun!
    expect(await shouldAutoRun(payload)).toBe(true)
    expect(await isProcessing(job.id)).toBe(false)
  })
})
