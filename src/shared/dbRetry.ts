import type { Payload } from 'payload'

import { getPromptKitOptions } from '../pluginOptions.js'

/** PostgreSQL SQLSTATEs of a server going away (admin shutdown, crash, failover) or not yet back. */
const CONNECTION_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300'])
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'SQLITE_BUSY'])
/**
 * pg and mongodb report a dropped socket only in the message (no code); matched on the driver's own
 * text. Payload's drizzle adapter also rewraps a failed `beginTransaction` into a new Error that
 * keeps only the message ("cannot begin transaction: connect ECONNREFUSED …", "… the database
 * system is shutting down", "… Failed query: begin"), so the socket error codes and the server's
 * shutdown/startup texts are matched as words of the message too. A `BEGIN` that fails has no data
 * to reject: it failed on the connection.
 */
const CONNECTION_MESSAGES =
  /Connection terminated|connection (?:is )?closed|Client has encountered a connection error|server selection|topology was destroyed|terminating connection due to administrator command|the database system is (?:shutting down|starting up|in recovery mode)|cannot begin transaction|\b(?:ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND)\b/i

const codeOf = (err: object): unknown => (err as { code?: unknown }).code

/**
 * Whether `err` (or an error it wraps) means the database connection was lost or refused, as
 * opposed to a query the database rejected: only the former is worth retrying.
 */
export const isConnectionError = (err: unknown, depth = 0): boolean => {
  if (typeof err !== 'object' || err === null || depth > 5) return false
  const code = codeOf(err)
  if (typeof code === 'string' && (CONNECTION_SQLSTATES.has(code) || CONNECTION_CODES.has(code))) return true
  const name = (err as { name?: unknown }).name
  if (typeof name === 'string' && /^Mongo(Network|ServerSelection)/.test(name)) return true
  const message = (err as { message?: unknown }).message
  if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true
  return isConnectionError((err as { cause?: unknown }).cause, depth + 1)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** First wait after a dropped connection; doubles up to MAX_BACKOFF_MS. */
const FIRST_BACKOFF_MS = 250
const MAX_BACKOFF_MS = 5_000

/**
 * Run `task`; while it fails because the database is unreachable, try again with growing backoff
 * for up to `pipeline.dbOutageMaxWaitMs`, then throw the last error. Any other error is thrown at
 * once. `task` must be safe to repeat: a failed write on a dropped connection was rolled back.
 * One warn line when the outage starts and one info line when it is over, whatever the retries.
 */
export const withDbRetry = async <T>(payload: Payload, what: string, task: () => Promise<T>): Promise<T> => {
  const maxWaitMs = getPromptKitOptions(payload).pipeline.dbOutageMaxWaitMs
  let since: number | undefined
  for (let backoff = FIRST_BACKOFF_MS; ; backoff = Math.min(backoff * 2, MAX_BACKOFF_MS)) {
    try {
      const result = await task()
      if (since !== undefined) payload.logger.info(`payload-prompt-kit: database back after ${Date.now() - since} ms; ${what} went through`)
      return result
    } catch (err) {
      if (!isConnectionError(err)) throw err
      since ??= Date.now()
      if (Date.now() - since + backoff > maxWaitMs) throw err
      if (backoff === FIRST_BACKOFF_MS) {
        payload.logger.warn(`payload-prompt-kit: database unreachable while trying to ${what} (${err instanceof Error ? err.message : String(err)}); retrying for up to ${Math.round(maxWaitMs / 1000)} s`)
      }
      await sleep(backoff)
    }
  }
}
