import type { Payload, TypeWithID, Where } from 'payload'

import type { BudgetStore, Reservation } from './budgetStore.js'
import type { ResolvedLlmRateLimits } from './options.js'
import type { BudgetView } from './windowMath.js'

import { LLM_RATE_BUDGETS_SLUG } from '../../collections/llmRateBudgets.js'
import { atomicOption } from '../../jobs/jobLease.js'
import { installLlmRateLimits } from './registry.js'

type BudgetRow = TypeWithID & {
  pausedUntil?: null | number
  requests?: null | number
  slotStart: number
  tokens?: null | number
}

const PAUSE_SLOT = -1
/** Slot rows older than this many hours are deleted when a new slot row is created. */
const HISTORY_MS = 60 * 60_000

const slotKey = (model: string, slotStart: number) => `${model}|${slotStart}`
const pauseKey = (model: string) => `${model}|pause`
const num = (value: null | number | undefined) => Number(value ?? 0)

/**
 * The shared budget in the plugin's `prompt-kit-llm-budgets` collection, through the adapter's
 * documented methods only: reads with `find`, reservations as one conditional `updateOne` with
 * `$inc` (one `UPDATE … WHERE … RETURNING` on SQL, a findOneAndUpdate on MongoDB), rows created
 * once per slot under a unique key (the loser of a race re-reads).
 */
export const payloadBudgetStore = (payload: Payload): BudgetStore => {
  const collection = LLM_RATE_BUDGETS_SLUG
  const update = (where: Where, data: Record<string, unknown>) =>
    payload.db.updateOne({ collection, data, ...atomicOption(payload), where })
  const exists = async (key: string) =>
    (await payload.db.findOne({ collection, where: { key: { equals: key } } })) !== null
  /** Create a row; false when another process created the same key first. */
  const create = async (key: string, data: Record<string, unknown>): Promise<boolean> => {
    try {
      await payload.db.create({ collection, data: { key, pausedUntil: 0, requests: 0, tokens: 0, ...data } })
      return true
    } catch (error) {
      if (await exists(key)) return false
      throw error
    }
  }
  const forgetHistory = (model: string, now: number) =>
    payload.db
      .deleteMany({
        collection,
        where: {
          and: [
            { model: { equals: model } },
            { slotStart: { greater_than: PAUSE_SLOT } },
            { slotStart: { less_than: now - HISTORY_MS } },
          ],
        },
      })
      .catch(() => undefined)

  return {
    async read(model, since): Promise<BudgetView> {
      const where: Where = {
        and: [
          { model: { equals: model } },
          { or: [{ slotStart: { greater_than_equal: since } }, { slotStart: { equals: PAUSE_SLOT } }] },
        ],
      }
      const { docs } = await payload.db.find<BudgetRow>({ collection, limit: 0, pagination: false, where })
      const pause = docs.find((row) => Number(row.slotStart) === PAUSE_SLOT)
      return {
        pausedUntil: num(pause?.pausedUntil),
        slots: docs
          .filter((row) => row !== pause)
          .map((row) => ({
            requests: num(row.requests),
            slotStart: Number(row.slotStart),
            tokens: num(row.tokens),
          })),
      }
    },

    async reserve(r: Reservation): Promise<boolean> {
      const key = slotKey(r.model, r.slotStart)
      if (!r.slotExists) {
        const created = await create(key, {
          model: r.model,
          requests: 1,
          slotStart: r.slotStart,
          tokens: r.tokens,
        })
        if (created) void forgetHistory(r.model, r.slotStart)
        return created
      }
      const room: Where[] = [
        { key: { equals: key } },
        ...(r.requestsBelow !== undefined ? [{ requests: { less_than: r.requestsBelow } }] : []),
        ...(r.tokensAtMost !== undefined ? [{ tokens: { less_than_equal: r.tokensAtMost } }] : []),
      ]
      return Boolean(await update({ and: room }, { requests: { $inc: 1 }, tokens: { $inc: r.tokens } }))
    },

    async add(model, slotStart, usage) {
      const key = slotKey(model, slotStart)
      const data = { requests: { $inc: usage.requests }, tokens: { $inc: usage.tokens } }
      if (await update({ key: { equals: key } }, data)) return
      if (await create(key, { model, requests: usage.requests, slotStart, tokens: usage.tokens })) return
      await update({ key: { equals: key } }, data)
    },

    async pauseUntil(model, until) {
      const key = pauseKey(model)
      if (
        await update(
          { and: [{ key: { equals: key } }, { pausedUntil: { less_than: until } }] },
          { pausedUntil: until },
        )
      )
        return
      if (await exists(key)) return // already paused as long or longer (or raced: the next update moves it on)
      if (!(await create(key, { model, pausedUntil: until, slotStart: PAUSE_SLOT }))) {
        await update(
          { and: [{ key: { equals: key } }, { pausedUntil: { less_than: until } }] },
          { pausedUntil: until },
        )
      }
    },
  }
}

/** On init: this process's LLM requests share `limits` with every other process through the database. */
export const installDatabaseRateLimits = (payload: Payload, limits: ResolvedLlmRateLimits): void =>
  installLlmRateLimits(payloadBudgetStore(payload), limits)
