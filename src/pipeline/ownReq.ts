import type { PayloadRequest } from 'payload'

import { isolateObjectProperty } from 'payload'

/** Requests made by `inCallerTransaction`: `ownReq` leaves their transaction in place. */
const joinedTransactions = new WeakSet<PayloadRequest>()

/**
 * A view of `req` whose Local API calls through the plugin (`ownReq`) run in `req`'s open
 * transaction: what they write becomes visible when the caller commits and is gone if it rolls back.
 * For hooks inside a save (generate on save), where writing beside the transaction would wait for
 * row locks the save itself holds. Without an open transaction, `req` is returned as it is.
 */
export const inCallerTransaction = (req: PayloadRequest): PayloadRequest => {
  const id = req.transactionID
  if (id === undefined || id === null || id instanceof Promise) return req
  // A view of its own, so the caller's `req` is not marked for its later, unrelated calls.
  const joined = isolateObjectProperty(req, 'context')
  joinedTransactions.add(joined)
  return joined
}

/**
 * A view of `req` with no transaction of its own. Local API calls that run concurrently must not
 * share one `req`: each would join (and the first to finish would commit) another's transaction.
 * Pipeline writes are also meant to be visible at once (the claim), never held in a long transaction.
 * A request from `inCallerTransaction` keeps the transaction it was made to join.
 */
export const ownReq = (req: PayloadRequest | undefined): PayloadRequest | undefined => {
  if (!req) return undefined
  if (joinedTransactions.has(req)) return req
  const own = isolateObjectProperty(req, 'transactionID')
  delete own.transactionID
  return own
}
