import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions'

/** A chat message as the OpenAI SDK accepts it. */
export type LlmMessage = ChatCompletionMessageParam

export type LlmErrorKind = 'refusal' | 'truncated' | 'invalid' | 'http' | 'timeout' | 'network' | 'config'

export interface LlmError {
  kind: LlmErrorKind
  /** Human-readable; never contains the API key. */
  message: string
  /** HTTP status for kind 'http'. */
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
  /** Chat completion requests issued by us (fallbacks + repairs); SDK-internal retries are not counted. */
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
}

export interface TextSuccess extends LlmCallStats {
  ok: true
  text: string
}

export type StructuredResult<T> = StructuredSuccess<T> | LlmFailure
export type TextResult = TextSuccess | LlmFailure
