import type { PayloadRequest } from 'payload'

import { isolateObjectProperty } from 'payload'

/**
 * A view of `req` with no transaction of its own. Local API calls that run concurrently must not
 * share one `req`: each would join (and the first to finish would commit) another's transaction.
 * Pipeline writes are also meant to be visible at once (the claim), never held in a long transaction.
 */
export const ownReq = (req: PayloadRequest | undefined): PayloadRequest | undefined => {
  if (!req) return undefined
  const own = isolateObjectProperty(req, 'transactionID')
  delete own.transactionID
  return own
}
