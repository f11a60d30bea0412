import type { CallContext } from './callContext.js'
import { logLine } from './callContext.js'
import { breakerFor, type EndpointBreaker } from './circuitBreaker.js'
import { formatDuration } from './duration.js'
import { passRateLimit, settleRateLimit } from './rateLimit/requestGate.js'
import { displayURL } from './redact.js'
import { requestTurn, type ChatRequest, type ChatTurn } from './requestTurn.js'
import type { LlmError, LlmWait } from './types.js'

export type TurnResult = { ok: true; turn: ChatTurn } | { ok: false; error: LlmError }

type WaitStep = { done: false } | { done: true; error: LlmError }

/**
 * One assistant turn, retried through outages: transient failures open the endpoint's shared
 * breaker and this call waits (reporting it) until it may try again, for up to `outageMaxWaitMs`
 * from when the outage began for this call. Counts every request sent. Never throws.
 */
export async function retryingTurn(ctx: CallContext, req: ChatRequest): Promise<TurnResult> {
  const { settings } = ctx.client
  const breaker = breakerFor(settings.baseURL)
  const backoff = { initialMs: settings.backoffInitialMs, maxMs: settings.backoffMaxMs }
  const { signal } = ctx.options
  for (;;) {
    if (signal?.aborted) return { ok: false, error: cancelledError(ctx) }
    const decision = breaker.decide()
    if (decision === 'wait') {
      const step = await waitForEndpoint(ctx, breaker)
      if (step.done) return { ok: false, error: step.error }
      continue
    }
    // Waits for the model's shared rate budget (llm.rateLimits), if it has one.
    const ticket = await passRateLimit(ctx, req)
    if (ticket === 'cancelled') {
      if (decision === 'probe') breaker.releaseProbe()
      return { ok: false, error: cancelledError(ctx) }
    }
    const sentAt = Date.now()
    ctx.tally.attempts++
    const outcome = await requestTurn(ctx.client, req, signal).catch((err: unknown) => {
      if (decision === 'probe') breaker.releaseProbe()
      throw err
    })
    await settleRateLimit(ctx, ticket, outcome)
    // The probe is released only once its outcome is recorded: released earlier, a waiter would
    // probe again at the old next-try time and the same outage would count twice.
    const release = () => decision === 'probe' && breaker.releaseProbe()
    if (!outcome.ok && outcome.failure.class === 'cancelled') return release(), { ok: false, error: outcome.failure.error }
    if (outcome.ok || outcome.failure.class === 'final') {
      breaker.recordSuccess()
      release()
      endOutage(ctx)
      return outcome.ok ? outcome : { ok: false, error: outcome.failure.error }
    }
    const { failure } = outcome
    breaker.recordFailure({ sentAt, serverWaitMs: failure.serverWaitMs, reason: failure.reason, status: failure.error.status }, backoff)
    release()
    ctx.outage.since ??= sentAt
    // Others' successes may keep the breaker closed while this call's requests keep failing.
    if (Date.now() >= ctx.outage.since + settings.outageMaxWaitMs) {
      Object.assign(ctx.outage, { lastReason: failure.reason, lastStatus: failure.error.status })
      return { ok: false, error: outageError(ctx) }
    }
  }
}

/** Waits until the breaker lets this call try (or the outage allowance runs out). */
async function waitForEndpoint(ctx: CallContext, breaker: EndpointBreaker): Promise<WaitStep> {
  const { outage, client } = ctx
  const now = Date.now()
  outage.since ??= now
  // The endpoint's latest failure, whichever call saw it (this call may only have waited).
  outage.lastReason = breaker.reason
  outage.lastStatus = breaker.lastStatus
  const deadline = outage.since + client.settings.outageMaxWaitMs
  if (breaker.serverAsked && breaker.nextTryAt > deadline) return { done: true, error: outageError(ctx, breaker.nextTryAt - now) }
  if (now >= deadline) return { done: true, error: outageError(ctx) }
  reportWait(ctx, breaker)
  await breaker.waitForChange(Math.min(Math.max(breaker.nextTryAt, now), deadline), ctx.options.signal)
  if (ctx.options.signal?.aborted) return { done: true, error: cancelledError(ctx) }
  return { done: false }
}

/** One onWaiting call and one warn line per new next-try time. */
function reportWait(ctx: CallContext, breaker: EndpointBreaker): void {
  const { outage } = ctx
  if (outage.reportedNextTry === breaker.nextTryAt) return
  outage.reportedNextTry = breaker.nextTryAt
  const reason = outage.lastReason ?? breaker.reason
  const nextTryAt = new Date(Math.max(breaker.nextTryAt, Date.now()))
  const inMs = nextTryAt.getTime() - Date.now()
  logLine(
    ctx,
    'warn',
    `LLM endpoint ${displayURL(ctx.client.settings.baseURL)} failing (${reason}); next try in ${formatDuration(inMs)}, waiting since ${new Date(outage.since!).toISOString()}`,
  )
  notifyWaiting(ctx, { since: new Date(outage.since!), nextTryAt, reason })
}

function endOutage(ctx: CallContext): void {
  const wasReported = ctx.outage.reportedNextTry !== undefined
  ctx.outage = {}
  if (wasReported) notifyWaiting(ctx, null)
}

/** A failing status display must not fail the LLM call (nor leave an unhandled rejection). */
function notifyWaiting(ctx: CallContext, wait: LlmWait | null): void {
  try {
    const pending = ctx.options.onWaiting?.(wait) as unknown
    if (pending instanceof Promise) pending.catch(() => undefined)
  } catch {
    // ignored on purpose: see above
  }
}

function cancelledError(ctx: CallContext): LlmError {
  return { kind: 'cancelled', message: `LLM call to ${displayURL(ctx.client.settings.baseURL)} was cancelled` }
}

/** The one clear reason a call gives up on an endpoint. */
function outageError(ctx: CallContext, askedToWaitMs?: number): LlmError {
  const { outage, client } = ctx
  const where = displayURL(client.settings.baseURL)
  const last = `last error: ${outage.lastReason ?? 'unknown'}`
  const status = outage.lastStatus !== undefined ? { status: outage.lastStatus } : {}
  const limit = `llm.outageMaxWaitMs (${formatDuration(client.settings.outageMaxWaitMs)})`
  if (askedToWaitMs !== undefined) {
    return { kind: 'outage', ...status, message: client.redact(`The LLM endpoint at ${where} asks to wait ${formatDuration(askedToWaitMs)} more, beyond ${limit} (${last})`) }
  }
  const what = outage.lastStatus === undefined ? 'was unreachable' : 'kept failing'
  const lasted = formatDuration(Date.now() - (outage.since ?? Date.now()))
  return { kind: 'outage', ...status, message: client.redact(`The LLM endpoint at ${where} ${what} for ${lasted} (${last})`) }
}
