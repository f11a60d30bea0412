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

/** The collection's rows through the adapter: conditional updates, reads, creates that may lose a race. */
const budgetRows = (payload: Payload) => {
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
  const find = (where: Where) =>
    payload.db.find<BudgetRow>({ collection, limit: 0, pagination: false, where })
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
  return { create, exists, find, forgetHistory, update }
}

type Rows = ReturnType<typeof budgetRows>

/** The model's live slots and its pause. */
const readBudget = async (rows: Rows, model: string, since: number): Promise<BudgetView> => {
  const { docs } = await rows.find({
    and: [
      { model: { equals: model } },
      { or: [{ slotStart: { greater_than_equal: since } }, { slotStart: { equals: PAUSE_SLOT } }] },
    ],
  })
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
}

/** One request in a slot, only if the slot still has room (one conditional update), or a new slot. */
const reserveSlot = async (rows: Rows, r: Reservation): Promise<boolean> => {
  const key = slotKey(r.model, r.slotStart)
  if (!r.slotExists) {
    const created = await rows.create(key, {
      model: r.model,
      requests: 1,
      slotStart: r.slotStart,
      tokens: r.tokens,
    })
    if (created) void rows.forgetHistory(r.model, r.slotStart)
    return created
  }
  const room: Where[] = [
    { key: { equals: key } },
    ...(r.requestsBelow !== undefined ? [{ requests: { less_than: r.requestsBelow } }] : []),
    ...(r.tokensAtMost !== undefined ? [{ tokens: { less_than_equal: r.tokensAtMost } }] : []),
  ]
  return Boolean(await rows.update({ and: room }, { requests: { $inc: 1 }, tokens: { $inc: r.tokens } }))
}

/** Usage beyond what was reserved, added to the slot the request went out in. */
const addUsage = async (
  rows: Rows,
  model: string,
  slotStart: number,
  usage: { requests: number; tokens: number },
) => {
  const key = slotKey(model, slotStart)
  const data = { requests: { $inc: usage.requests }, tokens: { $inc: usage.tokens } }
  if (await rows.update({ key: { equals: key } }, data)) return
  if (await rows.create(key, { model, requests: usage.requests, slotStart, tokens: usage.tokens })) return
  await rows.update({ key: { equals: key } }, data)
}

/** Pause the model until `until`, unless it is paused as long already. */
const pauseModel = async (rows: Rows, model: string, until: number) => {
  const key = pauseKey(model)
  const later: Where = { and: [{ key: { equals: key } }, { pausedUntil: { less_than: until } }] }
  if (await rows.update(later, { pausedUntil: until })) return
  if (await rows.exists(key)) return // already paused as long or longer (or raced: the next update moves it on)
  if (!(await rows.create(key, { model, pausedUntil: until, slotStart: PAUSE_SLOT }))) {
    await rows.update(later, { pausedUntil: until })
  }
}

/**
 * The shared budget in the plugin's `prompt-kit-llm-budgets` collection, through the adapter's
 * documented methods only: reads with `find`, reservations as one conditional `updateOne` with
 * `$inc` (one `UPDATE … WHERE … RETURNING` on SQL, a findOneAndUpdate on MongoDB), rows created
 * once per slot under a unique key (the loser of a race re-reads).
 */
export const payloadBudgetStore = (payload: Payload): BudgetStore => {
  const rows = budgetRows(payload)
  return {
    add: (model, slotStart, usage) => addUsage(rows, model, slotStart, usage),
    pauseUntil: (model, until) => pauseModel(rows, model, until),
    read: (model, since) => readBudget(rows, model, since),
    reserve: (reservation) => reserveSlot(rows, reservation),
  }
}

/** On init: this process's LLM requests share `limits` with every other process through the database. */
export const installDatabaseRateLimits = (payload: Payload, limits: ResolvedLlmRateLimits): void =>
  installLlmRateLimits(payloadBudgetStore(payload), limits)
