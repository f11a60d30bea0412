import { CallTally } from './callStats.js'
import type { LlmClient } from './client.js'
import type { LlmCallOptions } from './types.js'

/** Where one call is in an outage of its endpoint; reset when one of its requests gets an answer. */
export interface OutageState {
  /** When this call first met the outage (a failed request, or an open breaker). */
  since?: number
  /** `nextTryAt` last reported through onWaiting/log, so each wait is reported once. */
  reportedNextTry?: number
  lastReason?: string
  lastStatus?: number
}

/** Everything one generate call carries from request to request. */
export interface CallContext {
  client: LlmClient
  model: string
  tally: CallTally
  options: LlmCallOptions
  outage: OutageState
}

export function startCall(client: LlmClient, model: string | undefined, options: LlmCallOptions): CallContext {
  const resolvedModel = model ?? client.settings.model
  return { client, model: resolvedModel, tally: new CallTally(client, resolvedModel), options, outage: {} }
}

/** `log` that never lets a logger's error break the call. */
export function logLine(ctx: CallContext, level: 'info' | 'warn', msg: string): void {
  try {
    ctx.options.log?.(level, ctx.client.redact(msg))
  } catch {
    // a broken logger must not fail an LLM call
  }
}
