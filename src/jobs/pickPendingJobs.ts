import type { Payload, PayloadRequest, Where } from 'payload'

import type { Doc, Id } from '../pipeline/types.js'

import { ownReq } from '../pipeline/ownReq.js'
import { RUN_PIPELINE_TASK } from './runPipelineTask.js'

/** How many of the oldest runnable jobs a runner chooses among. */
const CANDIDATES = 50

/**
 * The oldest runnable generation jobs (the conditions Payload's runner applies), in random order:
 * workers that all tried the oldest job first would mostly race for the same one, and all but one
 * would lose the claim (see claimJob) and try again.
 */
export const pickPendingJobs = async (payload: Payload, { queue, req }: { queue?: string; req?: PayloadRequest }): Promise<Id[]> => {
  const where: Where = {
    and: [
      { taskSlug: { equals: RUN_PIPELINE_TASK } },
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
      { processing: { equals: false } },
      { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: new Date().toISOString() } }] },
      { queue: { equals: queue ?? 'default' } },
    ],
  }
  const found = await payload.db.find({ collection: 'payload-jobs', limit: CANDIDATES, pagination: false, req: ownReq(req), sort: 'createdAt', where })
  const ids = (found.docs as Doc[]).map((job) => job.id)
  // Fisher–Yates.
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[ids[i], ids[j]] = [ids[j]!, ids[i]!]
  }
  return ids
}
