import type { PayloadRequest } from 'payload'

import { isolateObjectProperty } from 'payload'

const POLL_MS = 5
const MAX_WAIT_MS = 5 * 60_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// Both the SQL and the MongoDB adapters keep open transactions in `db.sessions[transactionID]`
// and drop the entry when the transaction commits or rolls back.
const sessionsOf = (req: PayloadRequest) => (req.payload.db as { sessions?: Record<string, unknown> }).sessions

/** The ID of the request's transaction while it is open. */
export const openTransactionID = (req: PayloadRequest): string | undefined => {
  const id = req.transactionID
  if (id === undefined || id instanceof Promise) return undefined
  return sessionsOf(req)?.[String(id)] ? String(id) : undefined
}

/**
 * Resolve with a copy of `req` outside its transaction once that transaction has ended. Payload
 * has no after-commit hook, so poll the adapter's sessions (bounded).
 */
export const afterTransaction = async (req: PayloadRequest): Promise<PayloadRequest> => {
  const id = openTransactionID(req)
  const started = Date.now()
  while (id && sessionsOf(req)?.[id] && Date.now() - started < MAX_WAIT_MS) await sleep(POLL_MS)
  const outside = isolateObjectProperty(req, 'transactionID')
  delete outside.transactionID
  return outside
}
