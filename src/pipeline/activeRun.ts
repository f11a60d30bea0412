import type { Payload, PayloadRequest } from 'payload'

import type { RunState } from './articleState.js'
import type { Doc } from './types.js'

import { ownReq } from './ownReq.js'

const JOBS_COLLECTION = 'payload-jobs'

/**
 * The article's run if it is still queued or running. A run with a job is active while that job
 * exists and has neither completed nor failed for good (a completed job is deleted by default).
 */
export const activeRunOf = async (payload: Payload, article: Doc, req?: PayloadRequest): Promise<null | RunState> => {
  const run = article.run as RunState | undefined
  if (!run?.runId || (run.status !== 'queued' && run.status !== 'running')) return null
  if (!run.job) return run
  const job = (await payload.db.findOne({
    collection: JOBS_COLLECTION,
    req: ownReq(req),
    where: { id: { equals: run.job } },
  })) as Doc | null
  if (!job || job.completedAt || job.hasError) return null
  return run
}
