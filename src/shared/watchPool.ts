import type { Payload } from 'payload'

/** The part of pg's `Pool` (an EventEmitter) this needs. */
type ErrorEmitter = {
  on: ((event: 'error', listener: (err: Error) => void) => unknown) & ((event: 'connect', listener: (client: ErrorEmitter) => void) => unknown)
}

/** After a warning, further pool errors stay quiet this long: a restart drops every idle client at once. */
const QUIET_MS = 60_000

const watched = new WeakSet<object>()

const isErrorEmitter = (value: unknown): value is ErrorEmitter =>
  typeof value === 'object' && value !== null && typeof (value as { on?: unknown }).on === 'function'

/**
 * Listen to the database pool's `'error'` event (pg's documented Pool event, db-postgres'
 * `payload.db.pool`). When the server restarts or fails over, pg reports the loss of each idle
 * client there; with no listener Node treats it as an unhandled `'error'` and the process exits
 * (57P01, "terminating connection due to administrator command"). The pool drops the broken client
 * by itself and opens new ones when asked, so logging is all there is to do: one warn line per
 * outage. Queries in flight fail on their own and are retried by their callers (see dbRetry).
 *
 * Returns whether a pool was found (adapters without one, e.g. SQLite and MongoDB, need nothing).
 * Safe to call more than once.
 */
export const watchPool = (payload: Payload): boolean => {
  const pool = (payload.db as unknown as { pool?: unknown }).pool
  if (!isErrorEmitter(pool)) return false
  if (watched.has(pool)) return true
  watched.add(pool)
  let warnedAt = Number.NEGATIVE_INFINITY
  const onError = (err: Error) => {
    if (Date.now() - warnedAt < QUIET_MS) return
    warnedAt = Date.now()
    const code = (err as { code?: unknown }).code
    payload.logger.warn(
      `payload-prompt-kit: a pooled database connection was lost (${typeof code === 'string' ? `${code} ` : ''}${err.message}); new connections are opened as needed and interrupted work retries until the database is back`,
    )
  }
  pool.on('error', onError)
  // pg forwards only idle clients' errors to the pool: a client checked out between two queries (an
  // open transaction) emits its own 'error', which would end the process unheard. Every new client
  // gets a listener too (pg-pool's documented 'connect' event); its next query fails and is retried.
  pool.on('connect', (client) => client.on('error', onError))
  return true
}
