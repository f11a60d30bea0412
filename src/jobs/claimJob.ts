import type { Payload, PayloadRequest } from 'payload'

import type { Id } from '../pipeline/types.js'

import { ownReq } from '../pipeline/ownReq.js'
import { atomicOption, JOBS_COLLECTION } from './jobLease.js'

/**
 * Mark one job as ours, atomically: a single conditional update that succeeds only while the job
 * is still pending, so of several workers racing for it exactly one gets it. Payload 3.90's own
 * runner finds a job and then marks it, which lets several workers take the same one.
 *
 * The claim starts the job's lease (`updatedAt`, see jobLease): a job queued long ago must not
 * look lapsed to another worker before its handler's first renewal.
 */
export const claimJob = async (payload: Payload, id: Id, req?: PayloadRequest): Promise<boolean> => {
  const claimed = await payload.db.updateOne({
    collection: JOBS_COLLECTION,
    data: { processing: true, updatedAt: new Date().toISOString() },
    ...atomicOption(payload),
    req: ownReq(req),
    where: {
      and: [
        { id: { equals: id } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
  })
  return claimed !== null && claimed !== undefined
}

/** Claim up to `limit` of the candidates, one atomic claim each, stopping once enough are ours. */
export const claimJobs = async (payload: Payload, candidates: Id[], limit: number, req?: PayloadRequest): Promise<Id[]> => {
  const claimed: Id[] = []
  for (const id of candidates) {
    if (claimed.length >= limit) break
    if (await claimJob(payload, id, req)) claimed.push(id)
  }
  return claimed
}
