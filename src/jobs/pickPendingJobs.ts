import type { Payload, PayloadRequest, Where } from 'payload'

import type { Doc, Id } from '../pipeline/types.js'

import { ownReq } from '../pipeline/ownReq.js'
import { RUN_PIPELINE_TASK } from './runPipelineTask.js'

/** How many of the oldest runnable jobs a runner chooses among. */
const CANDIDATES = 50

/**
 * Up to `limit` runnable generation jobs (the same conditions Payload's runner applies), chosen at
 * random among the oldest. Payload 3.90 claims a job by finding it and then marking it processing,
 * not atomically; worker processes that all took the oldest job would mostly run the same one
 * (the per-phase claim keeps its LLM calls single, but the other workers only wait). Spreading the
 * choice makes that rare.
 */
export const pickPendingJobs = async (
  payload: Payload,
  { limit, queue, req }: { limit: number; queue?: string; req?: PayloadRequest },
): Promise<Id[]> => {
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
  // Fisher–Yates, then the first `limit`.
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[ids[i], ids[j]] = [ids[j]!, ids[i]!]
  }
  return ids.slice(0, limit)
}
