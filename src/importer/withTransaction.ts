import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

/**
 * Run `work` in one database transaction. A caller's transaction (on `req`) is joined and left for
 * the caller to commit; otherwise one is started here (also on a REST request, which Payload does not
 * wrap for custom endpoints) and committed, or rolled back when `work` throws. Adapters without
 * transactions (SQLite unless `transactionOptions` is set) run `work` as is.
 */
export const withTransaction = async <T>(
  payload: Payload,
  req: PayloadRequest | undefined,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> => {
  const txReq = req ?? (await createLocalReq({}, payload))
  const owned = await initTransaction(txReq)
  try {
    const result = await work(txReq)
    if (owned) await commitTransaction(txReq)
    return result
  } catch (error) {
    if (owned) await killTransaction(txReq)
    throw error
  }
}
