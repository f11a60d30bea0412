import type { ResolvedModelRateLimit } from './options.js'

/**
 * The shared budget of one model as slots: each slot counts the requests and tokens admitted in
 * `slotMs` of time. A request admitted in a slot counts until the slot's end plus a window plus a
 * margin, so no span of `windowMs` anywhere (the provider's window may start at any moment, and a
 * request reaches it a little after we admit it) holds more than the limit.
 */
export type SlotUsage = { requests: number; slotStart: number; tokens: number }

/** What the database holds for one model: its recent slots and a pause set from the provider's answers. */
export type BudgetView = { pausedUntil: number; slots: SlotUsage[] }

/** Slots per window: finer slots waste less of the limit, coarser ones mean fewer rows. */
export const SLOTS_PER_WINDOW = 20

export const slotMsOf = (windowMs: number): number => Math.max(10, Math.round(windowMs / SLOTS_PER_WINDOW))

/** Time between our admission and the provider seeing the request (database write, a busy event loop, network). */
export const marginMsOf = (windowMs: number): number => Math.min(1500, Math.max(500, windowMs / 40))

export const slotStartOf = (now: number, windowMs: number): number => {
  const slotMs = slotMsOf(windowMs)
  return Math.floor(now / slotMs) * slotMs
}

/** When a slot stops counting against the budget. */
export const slotExpiry = (slotStart: number, windowMs: number): number =>
  slotStart + slotMsOf(windowMs) + windowMs + marginMsOf(windowMs)

/** The oldest slot start that can still count at `now` (rows before it are history). */
export const oldestLiveSlot = (now: number, windowMs: number): number =>
  now - windowMs - marginMsOf(windowMs) - slotMsOf(windowMs)

/**
 * The slot that stops counting at `expiresAt` (no later than a window from now): usage the provider
 * reports goes there, so it weighs on the budget exactly until the provider's reset.
 */
export const slotExpiringAt = (expiresAt: number, now: number, windowMs: number): number => {
  const slotMs = slotMsOf(windowMs)
  const latest = slotStartOf(now, windowMs)
  const wanted = Math.ceil((expiresAt - slotMs - windowMs - marginMsOf(windowMs)) / slotMs) * slotMs
  return Math.min(latest, wanted)
}

/** Tokens a request is charged before it is sent: the whole limit at most, or it could never go. */
export const chargeable = (tokens: number, limit: ResolvedModelRateLimit): number =>
  limit.tpm === undefined ? tokens : Math.min(tokens, limit.tpm)

/**
 * Admit: reserve in `slotStart` with a conditional increment that holds only while the slot has
 * fewer than `requestsBelow` requests and at most `tokensAtMost` tokens (the room the other live
 * slots leave). `remaining` is what we believe is left after this request, to compare with the
 * provider's headers. Wait: nothing before `retryAt` can change the answer.
 */
export type Decision =
  | {
      admit: true
      remaining: { requests?: number; tokens?: number }
      requestsBelow?: number
      slotExists: boolean
      slotStart: number
      tokensAtMost?: number
    }
  | { admit: false; retryAt: number }

const sum = (slots: SlotUsage[], key: 'requests' | 'tokens') =>
  slots.reduce((total, slot) => total + slot[key], 0)

const fits = (slots: SlotUsage[], limit: ResolvedModelRateLimit, tokens: number) =>
  (limit.rpm === undefined || sum(slots, 'requests') + 1 <= limit.rpm) &&
  (limit.tpm === undefined || sum(slots, 'tokens') + tokens <= limit.tpm)

/** What we believe the provider has left at `now`: the limit minus every live slot's usage. */
export const believedRemaining = (
  view: BudgetView,
  limit: ResolvedModelRateLimit,
  now: number,
): { requests?: number; tokens?: number } => {
  const live = view.slots.filter((slot) => slotExpiry(slot.slotStart, limit.windowMs) > now)
  return {
    ...(limit.rpm !== undefined ? { requests: limit.rpm - sum(live, 'requests') } : {}),
    ...(limit.tpm !== undefined ? { tokens: limit.tpm - sum(live, 'tokens') } : {}),
  }
}

/** Whether one request charged `tokens` may go at `now`, and if not, when to look again. */
export const decide = (
  view: BudgetView,
  limit: ResolvedModelRateLimit,
  tokens: number,
  now: number,
): Decision => {
  if (now < view.pausedUntil) return { admit: false, retryAt: view.pausedUntil }
  const { windowMs } = limit
  const live = view.slots.filter((slot) => slotExpiry(slot.slotStart, windowMs) > now)
  const slotStart = slotStartOf(now, windowMs)
  if (fits(live, limit, tokens)) {
    const others = live.filter((slot) => slot.slotStart !== slotStart)
    return {
      admit: true,
      remaining: {
        ...(limit.rpm !== undefined ? { requests: limit.rpm - sum(live, 'requests') - 1 } : {}),
        ...(limit.tpm !== undefined ? { tokens: limit.tpm - sum(live, 'tokens') - tokens } : {}),
      },
      ...(limit.rpm !== undefined ? { requestsBelow: limit.rpm - sum(others, 'requests') } : {}),
      slotExists: live.some((slot) => slot.slotStart === slotStart),
      slotStart,
      ...(limit.tpm !== undefined ? { tokensAtMost: limit.tpm - sum(others, 'tokens') - tokens } : {}),
    }
  }
  // The first moment enough slots have expired for this request to fit.
  const byExpiry = [...live].sort((a, b) => a.slotStart - b.slotStart)
  for (let i = 1; i <= byExpiry.length; i++) {
    if (fits(byExpiry.slice(i), limit, tokens))
      return { admit: false, retryAt: slotExpiry(byExpiry[i - 1]!.slotStart, windowMs) }
  }
  return { admit: false, retryAt: now + slotMsOf(windowMs) }
}

/** Tokens charged before sending, as providers count them: prompt characters / 4 plus the completion allowance. */
export const estimateTokens = (messages: unknown, maxTokens: number | undefined): number =>
  Math.ceil(JSON.stringify(messages ?? []).length / 4) + (maxTokens ?? 0)
