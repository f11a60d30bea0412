import type { Payload } from 'payload'

import type { Id } from '../pipeline/types.js'

import { isConnectionError } from '../shared/dbRetry.js'
import { startHeartbeat } from '../shared/heartbeat.js'
import { getPromptKitOptions } from '../pluginOptions.js'

export const JOBS_COLLECTION = 'payload-jobs'

/**
 * SQL adapters turn `options.atomic` into one `UPDATE … WHERE … RETURNING`; MongoDB's updateOne is
 * a findOneAndUpdate, atomic already, and is given no adapter option it does not know.
 */
export const atomicOption = (payload: Payload) => (payload.db.name === 'mongoose' ? {} : { options: { atomic: true } })

/**
 * Renew the lease on a job this process is running: its `updatedAt` is the time of the last
 * renewal (Payload's own job writes renew it too). False when the job is no longer `processing`,
 * i.e. someone released it after the lease lapsed.
 */
export const renewJobLease = async (payload: Payload, jobId: Id): Promise<boolean> => {
  const renewed = await payload.db.updateOne({
    collection: JOBS_COLLECTION,
    data: { updatedAt: new Date().toISOString() },
    ...atomicOption(payload),
    where: { and: [{ id: { equals: jobId } }, { processing: { equals: true } }] },
  })
  return renewed !== null && renewed !== undefined
}

/**
 * Hold the lease on `jobId` while its handler runs: renew it every `pipeline.heartbeatMs`. Returns
 * the function that stops renewing. Logs one warn line when renewals start failing (database away)
 * and one info line when they land again; a lost lease (the job was released) is one warn line.
 */
export const holdJobLease = (payload: Payload, jobId: Id): (() => Promise<void>) => {
  const { heartbeatMs, leaseMs } = getPromptKitOptions(payload).pipeline
  let failingSince: number | undefined
  let lost = false
  return startHeartbeat({
    beat: async () => {
      const held = await renewJobLease(payload, jobId)
      if (failingSince !== undefined) {
        payload.logger.info(`payload-prompt-kit: job ${String(jobId)}: lease renewed again after ${Date.now() - failingSince} ms`)
        failingSince = undefined
      }
      if (!held && !lost) {
        lost = true
        payload.logger.warn(
          `payload-prompt-kit: job ${String(jobId)}: lease lost (released after ${leaseMs} ms without renewal); another worker may take it over, phase claims keep work from being done twice`,
        )
      }
    },
    everyMs: heartbeatMs,
    onError: (err) => {
      if (failingSince !== undefined) return
      failingSince = Date.now()
      const reason = isConnectionError(err) ? 'database unreachable' : 'unexpected error'
      payload.logger.warn(`payload-prompt-kit: job ${String(jobId)}: could not renew its lease (${reason}: ${err instanceof Error ? err.message : String(err)}); still trying`)
    },
  })
}
