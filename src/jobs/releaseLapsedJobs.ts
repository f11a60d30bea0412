import type { Payload, Where } from 'payload'

import type { Doc, Id } from '../pipeline/types.js'

import { getPromptKitOptions } from '../pluginOptions.js'
import { atomicOption, JOBS_COLLECTION } from './jobLease.js'
import { RUN_PIPELINE_TASK } from './runPipelineTask.js'

export type ReleaseLapsedJobsArgs = {
  /** Jobs this process holds itself: never released here, whatever their last renewal. */
  exceptIds?: Id[]
}

/**
 * Hand back generation jobs whose holder died: a running job's lease is renewed every
 * `pipeline.heartbeatMs` (see jobLease); one not renewed for `pipeline.leaseMs` is set back to
 * pending, so the next runner resumes it (phases already done are skipped). Payload 3.90 never
 * picks up a job still marked `processing`, so without this a crash would leave it stuck for good.
 *
 * Each release is one conditional update that rechecks the lapse, so a job renewed between the
 * query and the update is left alone, and of several releasers only one logs.
 */
export const releaseLapsedJobs = async (payload: Payload, { exceptIds = [] }: ReleaseLapsedJobsArgs = {}): Promise<number> => {
  const { leaseMs } = getPromptKitOptions(payload).pipeline
  const now = Date.now()
  const cutoff = new Date(now - leaseMs).toISOString()
  const lapsedConditions: Where[] = [{ taskSlug: { equals: RUN_PIPELINE_TASK } }, { processing: { equals: true } }, { updatedAt: { less_than: cutoff } }]
  const lapsed: Where = { and: lapsedConditions }
  const found = await payload.db.find({
    collection: JOBS_COLLECTION,
    limit: 0,
    pagination: false,
    where: exceptIds.length ? { and: [lapsed, { id: { not_in: exceptIds } }] } : lapsed,
  })
  let released = 0
  for (const job of found.docs as Doc[]) {
    const done = await payload.db.updateOne({
      collection: JOBS_COLLECTION,
      data: { processing: false, updatedAt: new Date().toISOString() },
      ...atomicOption(payload),
      where: { and: [{ id: { equals: job.id } }, ...lapsedConditions] },
    })
    if (!done) continue
    released++
    const run = String((job.input as { run?: unknown } | undefined)?.run ?? '')
    const silentMs = now - Date.parse(String(job.updatedAt))
    payload.logger.warn(
      `payload-prompt-kit: job ${String(job.id)} (run ${run}) stalled while processing: its lease was not renewed for ${Math.round(silentMs / 1000)} s (lease ${leaseMs / 1000} s); set back to pending, it will resume`,
    )
  }
  return released
}
