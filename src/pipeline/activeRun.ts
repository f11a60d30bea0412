import type { Payload, PayloadRequest } from 'payload'

import type { RunState } from './store/articles.js'
import type { Doc } from './types.js'

import { ownReq } from './ownReq.js'

const JOBS_COLLECTION = 'payload-jobs'

/** A queued run may wait this long for its job to appear (it is queued just after the article is saved). */
const QUEUEING_GRACE_MS = 60_000

/**
 * The article's run if it is still queued or running. A run with a job is active while that job
 * exists and has neither completed nor failed for good (a completed job is deleted by default).
 * A new article is saved with its run queued before the job exists, so a queued run without a job
 * is looked up by its ID in the jobs' input; while none is found it counts as active for a grace
 * period only, so a process that died before queueing does not block the article for good.
 */
export const activeRunOf = async (payload: Payload, article: Doc, req?: PayloadRequest): Promise<null | RunState> => {
  const run = article.run as RunState | undefined
  if (!run?.runId || (run.status !== 'queued' && run.status !== 'running')) return null
  // Running without a job: started directly (runPipeline, the CLI), not through the queue.
  if (!run.job && run.status === 'running') return run
  const job = (await payload.db.findOne({
    collection: JOBS_COLLECTION,
    req: ownReq(req),
    where: run.job ? { id: { equals: run.job } } : { 'input.run': { equals: run.runId } },
  })) as Doc | null
  if (job) return job.completedAt || job.hasError ? null : run
  if (run.job) return null
  const queuedFor = Date.now() - Date.parse(String(article.updatedAt))
  return queuedFor < QUEUEING_GRACE_MS ? run : null
}
