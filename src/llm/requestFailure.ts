import OpenAI from 'openai'

import type { LlmClient } from './client.js'
import { displayURL } from './redact.js'
import { serverWaitMs } from './retryHints.js'
import type { LlmError } from './types.js'

/** Thrown inside the LLM layer when a 200 response is not a usable chat completion. */
export class MalformedResponseError extends Error {
  override name = 'MalformedResponseError'
}

/**
 * One failed request. `transient` ones (unreachable, timed out, 408/409/429/5xx) are waited out and
 * retried; `final` ones end the call; `cancelled` means the caller's signal fired.
 */
export interface RequestFailure {
  class: 'transient' | 'final' | 'cancelled'
  error: LlmError
  /** Short, key-free: "connect ECONNREFUSED 127.0.0.1:1234", "HTTP 503: overloaded". */
  reason: string
  /** What the server asked for (retry-after, rate-limit reset), in ms. */
  serverWaitMs?: number
}

/** Why our per-request signal fired, if it did. */
export type AbortCause = 'timeout' | 'cancelled' | undefined

const TRANSIENT_STATUSES = new Set([408, 409, 429])
const messageOf = (err: unknown) => (typeof err === 'object' && err !== null && 'message' in err ? String(err.message) : '')
const nameOf = (err: unknown) => (typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : undefined)

/** The innermost cause's message: undici hides "connect ECONNREFUSED ..." two causes deep. */
function rootCauseMessage(err: unknown): string {
  let current = err
  for (let depth = 0; depth < 5; depth++) {
    const cause = typeof current === 'object' && current !== null && 'cause' in current ? current.cause : undefined
    if (cause === undefined || cause === null) break
    current = cause
  }
  return messageOf(current) || messageOf(err) || String(err)
}

function statusHint(status: number): string {
  if (status === 401 || status === 403) return ' (check llm.apiKey / OPENAI_API_KEY)'
  if (status === 404) return ' (check llm.baseURL, which usually ends in /v1, and llm.model)'
  return ''
}

function isTransientStatus(status: number, headers: Headers | undefined): boolean {
  const override = headers?.get('x-should-retry')
  if (override === 'true' || override === 'false') return override === 'true'
  return TRANSIENT_STATUSES.has(status) || status >= 500
}

/** Maps anything thrown during one request to a typed, key-free failure. */
export function classifyFailure(err: unknown, client: LlmClient, abortCause: AbortCause): RequestFailure {
  const { settings, redact } = client
  const where = displayURL(settings.baseURL)
  const make = (cls: RequestFailure['class'], error: LlmError, reason: string, wait?: number): RequestFailure => ({
    class: cls,
    error: { ...error, message: redact(error.message) },
    reason: redact(reason),
    ...(wait !== undefined ? { serverWaitMs: wait } : {}),
  })

  if (abortCause === 'cancelled') return make('cancelled', { kind: 'cancelled', message: `LLM call to ${where} was cancelled` }, 'cancelled')
  if (abortCause === 'timeout' || err instanceof OpenAI.APIConnectionTimeoutError) {
    const reason = `no answer within llm.timeoutMs (${settings.timeoutMs} ms)`
    return make('transient', { kind: 'timeout', message: `LLM request to ${where} timed out: ${reason}` }, reason)
  }
  if (err instanceof OpenAI.APIConnectionError) {
    const reason = rootCauseMessage(err)
    return make('transient', { kind: 'network', message: `Could not reach LLM server at ${where} (${reason})` }, reason)
  }
  if (err instanceof OpenAI.APIError && typeof err.status === 'number') {
    const text = err.message.replace(/^\d{3}\s+/, '')
    const error: LlmError = { kind: 'http', status: err.status, message: `LLM server at ${where} answered HTTP ${err.status}: ${text}${statusHint(err.status)}` }
    const transient = isTransientStatus(err.status, err.headers)
    return make(transient ? 'transient' : 'final', error, `HTTP ${err.status}: ${text}`, transient ? serverWaitMs(err.status, err.headers) : undefined)
  }
  // By name: a JSON SyntaxError from undici may come from another realm under jest.
  if (err instanceof MalformedResponseError || nameOf(err) === 'SyntaxError') {
    const reason = `malformed response: ${messageOf(err)}`
    return make('final', { kind: 'network', message: `Malformed response from LLM server at ${where}: ${messageOf(err)}` }, reason)
  }
  const reason = messageOf(err) || String(err)
  return make('final', { kind: 'network', message: `LLM call to ${where} failed: ${reason}` }, reason)
}
