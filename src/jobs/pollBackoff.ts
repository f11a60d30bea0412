import type { Payload } from 'payload'

import { isConnectionError } from '../shared/dbRetry.js'

/** Longest wait between two tries while the database is away. */
const MAX_BACKOFF_MS = 5_000

const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0]

/**
 * How long a polling loop waits after a failed step, and what it logs: while the database is
 * unreachable, one warn line when the outage starts, one info line when it ends, and a growing
 * wait in between; any other error is one error line (repeated only when the message changes)
 * and the normal poll interval. The loop itself keeps running.
 */
export const createPollBackoff = (payload: Payload, { pollMs, what }: { pollMs: number; what: string }) => {
  let outageSince: number | undefined
  let backoffMs = pollMs
  let lastError: string | undefined
  return {
    succeeded: (): void => {
      if (outageSince !== undefined) payload.logger.info(`payload-prompt-kit: database back after ${Date.now() - outageSince} ms; ${what} resumes`)
      outageSince = undefined
      backoffMs = pollMs
      lastError = undefined
    },
    /** Log `err` as described above and return how long to wait before the next try. */
    failed: (err: unknown): number => {
      if (!isConnectionError(err)) {
        const message = firstLine(err)
        if (message !== lastError) payload.logger.error(`payload-prompt-kit: ${what} failed (${message}); trying again every ${pollMs} ms`)
        lastError = message
        return pollMs
      }
      if (outageSince === undefined) {
        outageSince = Date.now()
        payload.logger.warn(`payload-prompt-kit: database unreachable while trying to ${what} (${firstLine(err)}); trying again until it is back`)
      }
      const wait = backoffMs
      backoffMs = Math.min(backoffMs * 2, Math.max(MAX_BACKOFF_MS, pollMs))
      return wait
    },
  }
}
