import type { BudgetStore } from './budgetStore.js'
import type { ResolvedModelRateLimit } from './options.js'

import { adaptToAnswer, type OurRemaining } from './providerHeaders.js'
import {
  believedRemaining,
  chargeable,
  decide,
  oldestLiveSlot,
  slotExpiringAt,
  slotMsOf,
  slotStartOf,
} from './windowMath.js'

/** A request let through: what it was charged and what we believed was left after it. */
export type Admission = { remaining: OurRemaining; tokens: number }

/** The answer to an admitted request, as far as the budget cares. */
export type AnsweredRequest = { headers?: Headers; status?: number; usedTokens?: number }

/** Retry a lost reservation race after a short, random pause, so racing processes spread out. */
const RACE_PAUSE_MS = 25

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => (clearTimeout(timer), signal?.removeEventListener('abort', done), resolve())
    const timer = setTimeout(done, Math.max(0, ms))
    if (signal?.aborted) done()
    else signal?.addEventListener('abort', done, { once: true })
  })

/**
 * One model's share of the provider account, kept in a store every process shares. `admit` waits
 * (never fails) until the budget has room: one read, then one conditional reservation; while full
 * it sleeps until the first slot that makes room expires (plus a little jitter, so waiters do not
 * all read at once). `settle` corrects the charge with the answer's usage and follows the
 * provider's rate-limit headers and 429s.
 */
export class ModelRateLimiter {
  constructor(
    private readonly store: BudgetStore,
    readonly model: string,
    readonly limit: ResolvedModelRateLimit,
    private readonly random: () => number = Math.random,
  ) {}

  /** Resolves once the request may be sent, or with undefined when `signal` fired first. */
  async admit(estimatedTokens: number, signal?: AbortSignal): Promise<Admission | undefined> {
    const tokens = chargeable(estimatedTokens, this.limit)
    const jitterMs = slotMsOf(this.limit.windowMs) / 4
    for (;;) {
      if (signal?.aborted) return undefined
      const now = Date.now()
      const decision = decide(await this.read(now), this.limit, tokens, now)
      if (!decision.admit) {
        await sleep(decision.retryAt - Date.now() + this.random() * jitterMs, signal)
        continue
      }
      const { requestsBelow, slotExists, slotStart, tokensAtMost } = decision
      if (
        await this.store.reserve({
          model: this.model,
          requestsBelow,
          slotExists,
          slotStart,
          tokens,
          tokensAtMost,
        })
      ) {
        const remaining = await this.confirm(await this.moveIfLate(slotStart, tokens), tokens)
        if (remaining) return { remaining, tokens }
      }
      await sleep(this.random() * RACE_PAUSE_MS, signal)
    }
  }

  private read(now: number) {
    return this.store.read(this.model, oldestLiveSlot(now, this.limit.windowMs))
  }

  /**
   * A reservation that took long (a busy database) goes out later than its slot says: move it to
   * the slot it is actually sent in, so it counts a full window from then. Returns its slot.
   */
  private async moveIfLate(reservedSlot: number, tokens: number): Promise<number> {
    const sendSlot = slotStartOf(Date.now(), this.limit.windowMs)
    if (sendSlot === reservedSlot) return reservedSlot
    await this.store.add(this.model, sendSlot, { requests: 1, tokens })
    await this.store.add(this.model, reservedSlot, { requests: -1, tokens: -tokens })
    return sendSlot
  }

  /**
   * The reservation checked only its own slot's row; one racing into a neighbouring slot (from a
   * read that did not see ours yet) can overfill the window. Read again: over the limit, take
   * ours back and try again. Of two racing reservations the later read sees both, so at most
   * both retry and none overfills. Returns what is left, or undefined when taken back.
   */
  private async confirm(slotStart: number, tokens: number): Promise<OurRemaining | undefined> {
    const now = Date.now()
    const left = believedRemaining(await this.read(now), this.limit, now)
    if ((left.requests ?? 0) >= 0 && (left.tokens ?? 0) >= 0) return left
    await this.store.add(this.model, slotStart, { requests: -1, tokens: -tokens })
    return undefined
  }

  /**
   * After the answer: charge what the answer used beyond the estimate (providers charge the
   * larger of the two), add what the provider counted and we did not until the provider's reset,
   * and pause everyone until the reset when it says a limit is exhausted or answers 429.
   */
  async settle(admission: Admission, answer: AnsweredRequest, fallbackPauseMs: number): Promise<void> {
    const now = Date.now()
    const { windowMs } = this.limit
    let adaptation = adaptToAnswer(answer.status, answer.headers, admission.remaining, fallbackPauseMs)
    if (adaptation.uncounted.length) {
      // Requests admitted after this one may have reached the provider first: compare with the budget as it is now.
      const view = await this.store.read(this.model, oldestLiveSlot(now, windowMs))
      adaptation = adaptToAnswer(
        answer.status,
        answer.headers,
        believedRemaining(view, this.limit, now),
        fallbackPauseMs,
      )
    }
    const beyondEstimate = Math.max(0, (answer.usedTokens ?? 0) - admission.tokens)
    if (beyondEstimate > 0)
      await this.store.add(this.model, slotStartOf(now, windowMs), { requests: 0, tokens: beyondEstimate })
    for (const { amount, kind, resetMs } of adaptation.uncounted) {
      const usage = { requests: kind === 'requests' ? amount : 0, tokens: kind === 'tokens' ? amount : 0 }
      await this.store.add(this.model, slotExpiringAt(now + (resetMs ?? windowMs), now, windowMs), usage)
    }
    if (adaptation.pauseMs !== undefined) await this.store.pauseUntil(this.model, now + adaptation.pauseMs)
  }
}
