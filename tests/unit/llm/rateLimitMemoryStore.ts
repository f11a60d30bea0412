import type { BudgetStore } from '../../../src/llm/rateLimit/budgetStore.js'
import type { BudgetView, SlotUsage } from '../../../src/llm/rateLimit/windowMath.js'

/** The shared budget in memory, one process only: for the limiter's unit tests. Counts its calls. */
export const memoryBudgetStore = () => {
  const slots = new Map<string, SlotUsage & { model: string }>()
  const pauses = new Map<string, number>()
  const calls = { add: 0, pauseUntil: 0, read: 0, reserve: 0 }
  const store: BudgetStore = {
    async read(model, since): Promise<BudgetView> {
      calls.read++
      const mine = [...slots.values()].filter((s) => s.model === model && s.slotStart >= since)
      return {
        pausedUntil: pauses.get(model) ?? 0,
        slots: mine.map(({ requests, slotStart, tokens }) => ({ requests, slotStart, tokens })),
      }
    },
    async reserve(r) {
      calls.reserve++
      const key = `${r.model}|${r.slotStart}`
      const slot = slots.get(key)
      if (!r.slotExists) {
        if (slot) return false
        slots.set(key, { model: r.model, requests: 1, slotStart: r.slotStart, tokens: r.tokens })
        return true
      }
      if (!slot) return false
      if (r.requestsBelow !== undefined && !(slot.requests < r.requestsBelow)) return false
      if (r.tokensAtMost !== undefined && !(slot.tokens <= r.tokensAtMost)) return false
      slot.requests++
      slot.tokens += r.tokens
      return true
    },
    async add(model, slotStart, usage) {
      calls.add++
      const key = `${model}|${slotStart}`
      const slot = slots.get(key) ?? { model, requests: 0, slotStart, tokens: 0 }
      slots.set(key, {
        ...slot,
        requests: slot.requests + usage.requests,
        tokens: slot.tokens + usage.tokens,
      })
    },
    async pauseUntil(model, until) {
      calls.pauseUntil++
      pauses.set(model, Math.max(pauses.get(model) ?? 0, until))
    },
  }
  return { calls, pauses, slots, store }
}
