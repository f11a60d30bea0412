import type { CallContext } from '../callContext.js'
import type { ChatRequest, RequestOutcome } from '../requestTurn.js'
import type { Admission, ModelRateLimiter } from './modelLimiter.js'

import { logLine } from '../callContext.js'
import { rateLimiterFor } from './registry.js'
import { estimateTokens } from './windowMath.js'

/** A request admitted by its model's limiter, to be settled with its answer. */
export type RateTicket = { admission: Admission; limiter: ModelRateLimiter }

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err))

/**
 * Waits until the model's shared budget (`llm.rateLimits`) lets this request go. Undefined when the
 * model is not limited, or when the budget cannot be read (the database is away: the request goes
 * without it, the provider's own 429s still pace it); 'cancelled' when the caller's signal fired.
 */
export async function passRateLimit(
  ctx: CallContext,
  req: ChatRequest,
): Promise<RateTicket | 'cancelled' | undefined> {
  const limiter = rateLimiterFor(req.model)
  if (!limiter) return undefined
  try {
    const admission = await limiter.admit(estimateTokens(req.messages, req.maxTokens), ctx.options.signal)
    return admission ? { admission, limiter } : 'cancelled'
  } catch (err) {
    logLine(
      ctx,
      'warn',
      `LLM rate limit of ${req.model}: the shared budget could not be read (${messageOf(err)}); sending without it`,
    )
    return undefined
  }
}

/** Tells the budget what the answer used and what the provider's rate-limit headers (or 429) say. */
export async function settleRateLimit(
  ctx: CallContext,
  ticket: RateTicket | undefined,
  outcome: RequestOutcome,
): Promise<void> {
  if (!ticket) return
  const answer = outcome.ok
    ? { headers: outcome.headers, usedTokens: outcome.turn.usage.totalTokens }
    : { headers: outcome.headers, status: outcome.failure.error.status }
  try {
    await ticket.limiter.settle(ticket.admission, answer, ctx.client.settings.backoffInitialMs)
  } catch (err) {
    logLine(
      ctx,
      'warn',
      `LLM rate limit of ${ticket.limiter.model}: the shared budget could not be updated (${messageOf(err)})`,
    )
  }
}
