import type { Payload, PayloadRequest } from 'payload'

import type { Doc } from '../pipeline/types.js'

import { ownReq } from '../pipeline/ownReq.js'
import { staleAfterMs } from '../pipeline/stale.js'
import { getPromptKitOptions } from '../pluginOptions.js'
import { RUN_PIPELINE_TASK } from './runPipelineTask.js'

const JOBS = 'payload-jobs'

/**
 * Hand back generation jobs whose worker died mid-run. Payload 3.90 never picks up a job still
 * marked `processing`, so after a crash the run would be stuck (and its article locked) for good.
 * A job counts as stalled when neither it nor any generation of its run changed within the stale
 * window; it is set back to pending and resumes on the next run, skipping the phases already done.
 */
export const releaseStalledJobs = async (payload: Payload, { req }: { req?: PayloadRequest } = {}): Promise<number> => {
  const options = getPromptKitOptions(payload)
  const cutoff = new Date(Date.now() - staleAfterMs()).toISOString()
  const stalled = await payload.db.find({
    collection: JOBS,
    limit: 0,
    pagination: false,
    req: ownReq(req),
    where: {
      and: [
        { taskSlug: { equals: RUN_PIPELINE_TASK } },
        { processing: { equals: true } },
        { updatedAt: { less_than: cutoff } },
      ],
    },
  })
  let released = 0
  for (const job of stalled.docs as Doc[]) {
    const run = String((job.input as { run?: unknown } | undefined)?.run ?? '')
    const recent = await payload.count({
      collection: options.slugs.generations as never,
      req: ownReq(req),
      where: { and: [{ run: { equals: run } }, { updatedAt: { greater_than: cutoff } }] },
    })
    if (recent.totalDocs > 0) continue
    await payload.db.updateOne({
      collection: JOBS,
      data: { processing: false, updatedAt: new Date().toISOString() },
      req: ownReq(req),
      where: { and: [{ id: { equals: job.id } }, { processing: { equals: true } }] },
    })
    released++
    payload.logger.warn(`payload-prompt-kit: job ${String(job.id)} (run ${run}) stalled while processing; it was set back to pending and will resume`)
  }
  return released
}
