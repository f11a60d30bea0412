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
  /** Per HTTP attempt. Default 60000. */
  timeoutMs?: number
  /** SDK retries for 408/409/429/5xx/network. Default 2. */
  maxRetries?: number
  /** Cap on the whole call incl. retries, fallbacks and repairs. Default 180000. */
  maxTotalMs?: number
  /** Repair turns after a schema-invalid answer. Default 1. */
  maxRepairs?: number
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
  maxRetries: number
  maxTotalMs: number
  maxRepairs: number
  maxTokensParam: 'max_tokens' | 'max_completion_tokens'
  pricing: PricingTable
}

export const LLM_DEFAULTS = {
  timeoutMs: 60_000,
  maxRetries: 2,
  maxTotalMs: 180_000,
  maxRepairs: 1,
} as const
