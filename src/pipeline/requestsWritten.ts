import diagnostics from 'node:diagnostics_channel'

/**
 * Whether this process has HTTP requests created but not yet written to their sockets, from the
 * diagnostics channels Node's fetch (undici) documents: a request is counted from `create` until
 * `bodySent` or `error`. Only timing depends on this (see launches.ts), and every wait on it is
 * bounded by its caller; with another HTTP client it simply resolves at once.
 */
let unwritten = 0
let waiters: (() => void)[] = []

const settle = () => {
  unwritten = Math.max(0, unwritten - 1)
  if (unwritten > 0) return
  const ready = waiters
  waiters = []
  for (const resolve of ready) resolve()
}

diagnostics.subscribe('undici:request:create', () => void unwritten++)
diagnostics.subscribe('undici:request:bodySent', settle)
diagnostics.subscribe('undici:request:error', settle)

/** Resolves once every HTTP request this process has created so far was written out (or failed). */
export const requestsWritten = (): Promise<void> =>
  unwritten === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))
