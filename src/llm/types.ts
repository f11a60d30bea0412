import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions'

/** A chat message as the OpenAI SDK accepts it. */
export type LlmMessage = ChatCompletionMessageParam

/**
 * Why a call failed:
 * - `refusal`, `truncated`: the model refused / hit the token limit (never repaired).
 * - `invalid`: the answers did not validate after the repairs and the fresh sample.
 * - `http`: the server answered an HTTP error that waiting does not fix (400, 401, 404...).
 * - `network`: the server answered 200 with a body that is not a chat completion.
 * - `outage`: the endpoint stayed unreachable, or kept answering 429/5xx or timing out, for
 *   `outageMaxWaitMs` (or asked us to wait beyond it).
 * - `cancelled`: the caller's AbortSignal fired.
 * - `config`: the schema cannot be expressed as structured output.
 * - `timeout`: no longer produced (a timed-out request is retried and ends as `outage`); kept for callers.
 */
export type LlmErrorKind = 'refusal' | 'truncated' | 'invalid' | 'http' | 'timeout' | 'network' | 'config' | 'outage' | 'cancelled'

export interface LlmError {
  kind: LlmErrorKind
  /** Human-readable; never contains the API key. */
  message: string
  /** HTTP status for kind 'http', and for 'outage' when the last failure was an HTTP answer. */
  status?: number
}

/** Token usage summed over every request a call made. */
export interface LlmUsage {
  promptTokens: number
  completionTokens: number
  /** Prompt tokens served from the provider's cache (`prompt_tokens_details.cached_tokens`). */
  cachedTokens: number
  totalTokens: number
}

/** How the JSON shape was requested: the portable fallback chain, best first. */
export type StructuredMode = 'json_schema' | 'json_object' | 'prompt'

/** Bookkeeping present on every result, success or failure. */
export interface LlmCallStats {
  usage: LlmUsage
  /** HTTP requests this call sent, retries included (0 when a stored answer was used as is). */
  attempts: number
  latencyMs: number
  /** The model requested (the pricing key). */
  model: string
  /** USD, from `settings.pricing`; 0 when the model is not priced. */
  costUsd: number
}

export interface LlmFailure extends LlmCallStats {
  ok: false
  error: LlmError
  /** Last model output, when there was one (e.g. truncated or invalid JSON). */
  raw?: string
  /** `path: message` lines from the last failed validation. */
  validationErrors?: string[]
  mode?: StructuredMode
}

export interface StructuredSuccess<T> extends LlmCallStats {
  ok: true
  data: T
  raw: string
  mode: StructuredMode
  /** Repair turns that were needed (0 when the first answer validated). */
  repairs: number
  /** True when the answer came from the fresh sample sent after the repairs ran out. */
  resampled: boolean
}

export interface TextSuccess extends LlmCallStats {
  ok: true
  text: string
}

export type StructuredResult<T> = StructuredSuccess<T> | LlmFailure
export type TextResult = TextSuccess | LlmFailure

/** The call is waiting for the endpoint: since when (for this call) and when it tries next. */
export interface LlmWait {
  since: Date
  nextTryAt: Date
  /** The last failure, e.g. "connect ECONNREFUSED 127.0.0.1:1234" or "HTTP 429: Rate limit reached". */
  reason: string
}

/** An answer as it arrived, before validation: what a caller stores to survive a crash. */
export interface LlmAnswer {
  raw: string
  /** Usage of the request that produced this answer. */
  usage: LlmUsage
  /** Requests sent so far by this call. */
  attempts: number
}

export type LlmLogLevel = 'info' | 'warn'

/** Options shared by generateStructured and generateText. */
export interface LlmCallOptions {
  /** Cancels the call, also while it waits out an outage: it then ends with kind 'cancelled'. */
  signal?: AbortSignal
  /** Called when the call starts or keeps waiting for the endpoint, and with null once a request succeeds again. */
  onWaiting?: (wait: LlmWait | null) => void
  /**
   * Called and awaited with each answer the moment it arrives, before it is validated. An error it
   * throws is passed on (the call rejects with it): the answer could not be kept.
   */
  onAnswer?: (answer: LlmAnswer) => Promise<void> | void
  /** An answer received by an earlier process that did not get to use it: used as the first turn's answer, no request sent. */
  storedAnswer?: string
  /** One line per retry wait (warn) and per expected 4xx that changes how we ask (info). */
  log?: (level: LlmLogLevel, msg: string) => void
}
