import type { Payload, PayloadRequest } from 'payload'

import type { Id } from '../pipeline/types.js'

import { claimJob } from './claimJob.js'
import { pickPendingJobs } from './pickPendingJobs.js'
import { releaseStalledJobs } from './releaseStalledJobs.js'

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

/** Claim up to `limit` of the candidates, one atomic claim each, stopping once enough are ours. */
const claimSome = async (payload: Payload, candidates: Id[], limit: number, req?: PayloadRequest): Promise<Id[]> => {
  const claimed: Id[] = []
  for (const id of candidates) {
    if (claimed.length >= limit) break
    if (await claimJob(payload, id, req)) claimed.push(id)
  }
  return claimed
}

/**
 * Run queued generation jobs now, one attempt each: for tests, the CLI and worker processes. Other
 * tasks in the queue are left to the host's own runner.
 *
 * Every job is claimed atomically before Payload runs it (see claimJob), so runners in one process
 * or many, on one database, never run the same job twice. Jobs left `processing` by a worker that
 * died are released first (see releaseStalledJobs).
 */
export const runPendingPipelines = async (
  payload: Payload,
  { limit = DEFAULT_LIMIT, queue, req }: RunPendingPipelinesArgs = {},
): Promise<RunPendingPipelinesResult> => {
  await releaseStalledJobs(payload, { req })
  const candidates = await pickPendingJobs(payload, { queue, req })
  const claimed = await claimSome(payload, candidates, limit, req)
  if (claimed.length === 0) return { noJobsRemaining: candidates.length === 0, remainingJobsFromQueried: 0 }

  // runByID runs the job it is given; it is ours, so no other runner takes it meanwhile.
  const results = await Promise.all(claimed.map((id) => payload.jobs.runByID({ id, req })))
  return {
    jobStatus: Object.assign({}, ...results.map((result) => result.jobStatus ?? {})),
    remainingJobsFromQueried: results.reduce((sum, result) => sum + result.remainingJobsFromQueried, 0),
  }
}
