import type { Payload, PayloadRequest } from 'payload'

import type { Id } from '../pipeline/types.js'

import { ownReq } from '../pipeline/ownReq.js'

/**
 * Mark one job as ours, atomically: a single conditional update that succeeds only while the job
 * is still pending, so of several workers racing for it exactly one gets it. Payload 3.90's own
 * runner finds a job and then marks it, which lets several workers take the same one.
 *
 * SQL adapters turn `options.atomic` into one `UPDATE … WHERE … RETURNING`; MongoDB's updateOne is
 * a findOneAndUpdate, atomic already, and is given no adapter option it does not know.
 */
export const claimJob = async (payload: Payload, id: Id, req?: PayloadRequest): Promise<boolean> => {
  const claimed = await payload.db.updateOne({
    collection: 'payload-jobs',
    data: { processing: true },
    ...(payload.db.name === 'mongoose' ? {} : { options: { atomic: true } }),
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
