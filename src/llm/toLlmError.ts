import OpenAI from 'openai'

import { retryAfterMs } from './boundedRetryFetch.js'
import type { LlmClient } from './client.js'
import type { Deadline } from './deadline.js'
import { displayURL } from './redact.js'
import type { LlmError } from './types.js'

/** Thrown inside the LLM layer when a 200 response is not a usable chat completion. */
export class MalformedResponseError extends Error {
  override name = 'MalformedResponseError'
}

const nameOf = (err: unknown) => (typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : undefined)
const messageOf = (err: unknown) => (typeof err === 'object' && err !== null && 'message' in err ? String(err.message) : '')

function statusHint(status: number, headers: Headers | undefined): string {
  if (status === 401 || status === 403) return ' (check llm.apiKey / OPENAI_API_KEY)'
  if (status === 404) return ' (check llm.baseURL, which usually ends in /v1, and llm.model)'
  const waitMs = headers ? retryAfterMs(headers) : undefined
  if (waitMs !== undefined) return ` (server asked to retry after ${Math.round(waitMs / 1000)} s)`
  if (status === 429) return ' (rate limited; retries exhausted)'
  return ''
}

/** Maps anything thrown during a request to a readable, key-free LlmError. */
export function toLlmError(err: unknown, client: LlmClient, deadline: Deadline): LlmError {
  const { settings, redact } = client
  const where = displayURL(settings.baseURL)
  const error = (e: LlmError): LlmError => ({ ...e, message: redact(e.message) })

  // Our own deadline or the caller's signal wins over whatever the SDK reported while aborting.
  const reason = deadline.reason()
  if (reason === 'deadline') {
    return error({ kind: 'timeout', message: `LLM call to ${where} exceeded llm.maxTotalMs (${settings.maxTotalMs} ms) including retries` })
  }
  if (reason === 'cancelled' || err instanceof OpenAI.APIUserAbortError) {
    return error({ kind: 'timeout', message: `LLM call to ${where} was cancelled` })
  }
  if (err instanceof OpenAI.APIConnectionTimeoutError) {
    return error({
      kind: 'timeout',
      message: `LLM request to ${where} timed out after llm.timeoutMs (${settings.timeoutMs} ms) on each of ${settings.maxRetries + 1} attempt(s)`,
    })
  }
  if (err instanceof OpenAI.APIConnectionError) {
    const causeText = messageOf(err.cause)
    const cause = causeText ? `: ${causeText}` : ''
    return error({ kind: 'network', message: `Could not reach LLM server at ${where} (${err.message}${cause})` })
  }
  if (err instanceof OpenAI.APIError) {
    const status = typeof err.status === 'number' ? err.status : undefined
    const text = err.message.replace(/^\d{3}\s+/, '')
    return error({
      kind: 'http',
      status,
      message: `LLM server at ${where} answered${status ? ` HTTP ${status}` : ' with an error'}: ${text}${status ? statusHint(status, err.headers) : ''}`,
    })
  }
  // By name: a JSON SyntaxError from undici may come from another realm under jest.
  if (err instanceof MalformedResponseError || nameOf(err) === 'SyntaxError') {
    return error({ kind: 'network', message: `Malformed response from LLM server at ${where}: ${messageOf(err)}` })
  }
  return error({ kind: 'network', message: `LLM call to ${where} failed: ${messageOf(err) || String(err)}` })
}
