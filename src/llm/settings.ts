export interface ModelPricing {
  /** USD per million uncached input tokens. */
  inputPerMTok: number
  /** USD per million output tokens. */
  outputPerMTok: number
  /** USD per million cached input tokens; defaults to `inputPerMTok`. */
  cachedInputPerMTok?: number
}

export type PricingTable = Record<string, ModelPricing>

export interface LlmSettings {
  /** OpenAI-compatible endpoint ending in `/v1` (Ollama, vLLM, llama.cpp, LM Studio, Azure v1). Env: OPENAI_BASE_URL. */
  baseURL?: string
  /** Env: OPENAI_API_KEY. Not needed for local servers. */
  apiKey?: string
  model: string
  /** Per HTTP request, the whole answer included (a stream: per gap between chunks). Default 60000. */
  timeoutMs?: number
  /** Repair turns after a schema-invalid answer; then one fresh sample. Default 2. */
  maxRepairs?: number
  /**
   * How long a call keeps retrying while the endpoint is unreachable or answers 429/5xx/timeouts,
   * counted from the first failure of the outage. Default 1800000 (30 min).
   */
  outageMaxWaitMs?: number
  /** First retry wait; doubles per consecutive failure of the endpoint. Default 1000. */
  backoffInitialMs?: number
  /** Longest retry wait of our own (a server's retry-after may ask for more). Default 60000. */
  backoffMaxMs?: number
  /** OpenAI reasoning models need `max_completion_tokens`; most local servers only know `max_tokens`. */
  maxTokensParam?: 'max_tokens' | 'max_completion_tokens'
  /** Extra headers (e.g. Azure `api-key`); their values are redacted from errors like the key. */
  defaultHeaders?: Record<string, string>
  pricing?: PricingTable
}

export interface ResolvedLlmSettings {
  baseURL: string
  model: string
  timeoutMs: number
  maxRepairs: number
  outageMaxWaitMs: number
  backoffInitialMs: number
  backoffMaxMs: number
  maxTokensParam: 'max_tokens' | 'max_completion_tokens'
  pricing: PricingTable
}

export const LLM_DEFAULTS = {
  timeoutMs: 60_000,
  maxRepairs: 2,
  outageMaxWaitMs: 30 * 60_000,
  backoffInitialMs: 1000,
  backoffMaxMs: 60_000,
} as const
