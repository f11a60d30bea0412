import type { LlmRateLimits } from './rateLimit/options.js'
import type { ModelPricing } from './settings.js'

/** How the plugin reaches the LLM (option `llm`). */
export type LlmOptions = {
  /**
   * API key of the OpenAI-compatible endpoint. Never stored, logged or sent to the browser.
   * @default process.env.OPENAI_API_KEY
   */
  apiKey?: string
  /**
   * Base URL of any OpenAI-compatible endpoint (OpenAI, Azure, Ollama, vLLM, llama.cpp, LM Studio).
   * @default process.env.OPENAI_BASE_URL (the SDK's OpenAI URL when unset)
   */
  baseURL?: string
  /**
   * Model used by every phase without its own override.
   * @default process.env.OPENAI_MODEL ?? 'gpt-4o-mini'
   */
  model?: string
  /**
   * Model per phase key, e.g. `{ body: 'gpt-4o' }`. A phase's own `model` in the kit wins over this.
   * @default {}
   */
  phaseModels?: Record<string, string>
  /**
   * Prices per model, used to record the cost of every generation.
   * @default {} (cost recorded as 0)
   */
  pricing?: Record<string, ModelPricing>
  /**
   * Timeout of one HTTP request to the LLM, in milliseconds.
   * @default 60000
   */
  timeoutMs?: number
  /**
   * Repair turns (the validation errors sent back to the model) after an answer that does not
   * validate; after the last one the phase asks once more from scratch before it fails.
   * @default 2
   */
  maxRepairs?: number
  /**
   * How long a phase waits, retrying with growing backoff (honouring `Retry-After`), while the
   * endpoint is unreachable or answers 429/5xx, before it fails with one clear reason.
   * @default 1800000 (30 minutes)
   */
  outageMaxWaitMs?: number
  /**
   * The provider account's rate limits per model (the model name as sent), e.g.
   * `{ 'gpt-4o-mini': { rpm: 500, tpm: 200000 } }`. Every process (the app and all workers) shares
   * one budget per model through the database, and a request that would exceed it waits until the
   * minute has room. Tokens are counted before the call (prompt characters / 4 plus `max_tokens`,
   * raised to the answer's usage when it used more). The provider's `x-ratelimit-*` headers and
   * 429s lower or pause the shared budget until their reset. A model listed with `{}` only follows
   * the headers.
   * @default {} (no limits)
   */
  rateLimits?: LlmRateLimits
}
