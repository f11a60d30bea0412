import type { Payload, PayloadRequest } from 'payload'

import { claimJobs } from './claimJob.js'
import { pickPendingJobs } from './pickPendingJobs.js'
import { releaseLapsedJobs } from './releaseLapsedJobs.js'

export type RunPendingPipelinesArgs = {
  /** Most jobs to run in this call (they run in parallel). @default 10 */
  limit?: number
  /** Queue the jobs were queued in. @default 'default' */
  queue?: string
  req?: PayloadRequest
}

/** What one call of the runner reports (the shape of Payload's own `jobs.run` result). */
export type RunPendingPipelinesResult = Awaited<ReturnType<Payload['jobs']['run']>>

const DEFAULT_LIMIT = 10

/**
 * Run queued generation jobs now, one attempt each, and return when they have ended: for tests,
 * scripts and serverless handlers. A long-running worker should use runPipelineWorker, which
 * refills a slot as soon as a job ends. Other tasks in the queue are left to the host's own runner.
 *
 * Every job is claimed atomically before Payload runs it (see claimJob), so runners in one process
 * or many, on one database, never run the same job twice. Jobs whose holder died (lease lapsed,
 * see releaseLapsedJobs) are released first.
 */
export const runPendingPipelines = async (
  payload: Payload,
  { limit = DEFAULT_LIMIT, queue, req }: RunPendingPipelinesArgs = {},
): Promise<RunPendingPipelinesResult> => {
  await releaseLapsedJobs(payload)
  const candidates = await pickPendingJobs(payload, { queue, req })
  const claimed = await claimJobs(payload, candidates, limit, req)
  if (claimed.length === 0) return { noJobsRemaining: candidates.length === 0, remainingJobsFromQueried: 0 }

  // runByID runs the job it is given; it is ours, so no other runner takes it meanwhile. Silent:
  // the task logs one line per failure instead of Payload's dump of the whole job.
  const results = await Promise.all(claimed.map((id) => payload.jobs.runByID({ id, req, silent: true })))
  return {
    jobStatus: Object.assign({}, ...results.map((result) => result.jobStatus ?? {})),
    remainingJobsFromQueried: results.reduce((sum, result) => sum + result.remainingJobsFromQueried, 0),
  }
}
