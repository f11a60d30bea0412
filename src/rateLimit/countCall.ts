import type { Payload, TypeWithID, Where } from 'payload'

import type { RateLimit } from './options.js'

import { RATE_LIMITS_SLUG } from '../collections/rateLimits.js'
import { atomicOption } from '../jobs/jobLease.js'

/** Whether one more call fits in its window; when not, how long until the window ends. */
export type CallCount = { allowed: true } | { allowed: false; retryAfterMs: number }

type CounterRow = { hits: number; windowStart: number }

/** Creating a row can race another process creating it; after this many rounds the error stands. */
const MAX_ROUNDS = 3

/**
 * One SQL statement (`UPDATE … SET hits = hits + 1 WHERE key = ? AND windowStart >= ? AND hits < max`)
 * or one MongoDB findOneAndUpdate: the database checks and counts in the same step, so concurrent
 * calls from any number of processes are let through exactly `max` times per window.
 */
const countInWindow = (payload: Payload, key: string, windowStart: number, limit: RateLimit) =>
  payload.db.updateOne({
    collection: RATE_LIMITS_SLUG,
    data: { hits: { $inc: 1 } },
    ...atomicOption(payload),
    where: { and: [{ key: { equals: key } }, { windowStart: { greater_than_equal: windowStart } }, { hits: { less_than: limit.max } }] },
  })

/** Start a new window with this call as its first; only one of several racing calls finds the old window. */
const restartWindow = (payload: Payload, key: string, windowStart: number) =>
  payload.db.updateOne({
    collection: RATE_LIMITS_SLUG,
    data: { hits: 1, windowStart },
    ...atomicOption(payload),
    where: { and: [{ key: { equals: key } }, { windowStart: { less_than: windowStart } }] },
  })

const readRow = async (payload: Payload, key: string): Promise<CounterRow | null> => {
  const where: Where = { key: { equals: key } }
  const row = await payload.db.findOne<CounterRow & TypeWithID>({ collection: RATE_LIMITS_SLUG, where })
  return row ? { hits: Number(row.hits), windowStart: Number(row.windowStart) } : null
}

/**
 * Count one call of `key` in the fixed window that `now` falls in. The row of a key is created
 * once (its unique index lets one creator win; the others count into the winner's row), then
 * every call is a conditional atomic update: counted in the current window while under `max`,
 * or restarting a window that has ended.
 */
export const countCall = async (payload: Payload, key: string, limit: RateLimit, now = Date.now()): Promise<CallCount> => {
  const windowStart = Math.floor(now / limit.windowMs) * limit.windowMs
  for (let round = 1; ; round++) {
    if (await countInWindow(payload, key, windowStart, limit)) return { allowed: true }
    if (await restartWindow(payload, key, windowStart)) return { allowed: true }
    const row = await readRow(payload, key)
    if (row && row.windowStart >= windowStart && row.hits >= limit.max) {
      return { allowed: false, retryAfterMs: row.windowStart + limit.windowMs - now }
    }
    // No row yet, or it changed between the updates and the read: create it, or go round again.
    if (!row) {
      try {
        await payload.db.create({ collection: RATE_LIMITS_SLUG, data: { hits: 1, key, windowStart } })
        return { allowed: true }
      } catch (error) {
        // Another process created the row first (unique key): count into it on the next round.
        if (round >= MAX_ROUNDS || !(await readRow(payload, key))) throw error
      }
    } else if (round >= MAX_ROUNDS) {
      throw new Error(`payload-prompt-kit: the rate-limit counter ${key} kept changing; gave up after ${MAX_ROUNDS} rounds`)
    }
  }
}
