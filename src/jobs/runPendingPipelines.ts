import type { Payload, PayloadRequest } from 'payload'

import { pickPendingJobs } from './pickPendingJobs.js'
import { releaseStalledJobs } from './releaseStalledJobs.js'
import { RUN_PIPELINE_TASK } from './runPipelineTask.js'

export type RunPendingPipelinesArgs = {
  /** Most jobs to run in this call (they run in parallel). @default 10 */
  limit?: number
  /** Queue the jobs were queued in. @default 'default' */
  queue?: string
  req?: PayloadRequest
}

const DEFAULT_LIMIT = 10

const tails = new WeakMap<Payload, Promise<unknown>>()

/**
 * Run queued generation jobs now, one attempt each: for tests, the CLI and a worker loop. Other
 * tasks in the queue are left to the host's own runner.
 *
 * Calls in one process take turns: Payload 3.90's runner finds jobs and then marks them processing
 * (not atomic), so two runners can pick the same job and the loser crashes on the deleted job. Across
 * processes the pipeline's per-phase claim still keeps every LLM call single. Jobs left `processing`
 * by a worker that died are released first (see releaseStalledJobs).
 */
/** What one call of the runner reports (Payload's own `jobs.run` result). */
export type RunPendingPipelinesResult = Awaited<ReturnType<Payload['jobs']['run']>>

export const runPendingPipelines = (
  payload: Payload,
  { limit, queue, req }: RunPendingPipelinesArgs = {},
): Promise<RunPendingPipelinesResult> => {
  const run = async () => {
    await releaseStalledJobs(payload, { req })
    const picked = await pickPendingJobs(payload, { limit: limit ?? DEFAULT_LIMIT, queue, req })
    return payload.jobs.run({
      limit: limit ?? DEFAULT_LIMIT,
      queue,
      req,
      // Nothing picked: a job may have become runnable since; let the runner look as it would.
      where: picked.length
        ? { and: [{ taskSlug: { equals: RUN_PIPELINE_TASK } }, { id: { in: picked } }] }
        : { taskSlug: { equals: RUN_PIPELINE_TASK } },
    })
  }
  const previous = tails.get(payload) ?? Promise.resolve()
  const result = previous.then(run, run)
  tails.set(payload, result.catch(() => undefined))
  return result
}
