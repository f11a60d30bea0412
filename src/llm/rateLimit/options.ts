import { PromptKitConfigError } from '../../defaults.js'

/** One model's share of the provider account: requests and tokens per window (a minute). */
export type ModelRateLimit = {
  /** Requests per minute. @default undefined (not limited; the provider's headers still pause calls) */
  rpm?: number
  /** Tokens per minute, counted like providers do up front: prompt (characters / 4) plus `max_tokens`. @default undefined */
  tpm?: number
  /**
   * Length of the window `rpm` and `tpm` apply to. Only tests and benches change it, to run
   * "per minute" as "per 10 s".
   * @default 60000
   */
  windowMs?: number
}

/** `llm.rateLimits`: per model name, as sent to the provider. */
export type LlmRateLimits = Record<string, ModelRateLimit>

export type ResolvedModelRateLimit = { rpm?: number; tpm?: number; windowMs: number }
export type ResolvedLlmRateLimits = Record<string, ResolvedModelRateLimit>

export const DEFAULT_RATE_WINDOW_MS = 60_000

const positive = (option: string, value: unknown, unit: string): number | undefined => {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new PromptKitConfigError(
      option,
      `must be a positive number of ${unit}, got ${JSON.stringify(value)}`,
    )
  }
  return value
}

/** Checks `llm.rateLimits` at config time; a bad entry names its option path. */
export const resolveLlmRateLimits = (value: unknown): ResolvedLlmRateLimits => {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PromptKitConfigError(
      'llm.rateLimits',
      `must be an object keyed by model name, e.g. { "gpt-4o-mini": { rpm: 500, tpm: 200000 } }, got ${JSON.stringify(value)}`,
    )
  }
  const resolved: ResolvedLlmRateLimits = {}
  for (const [model, entry] of Object.entries(value as Record<string, unknown>)) {
    const option = `llm.rateLimits.${model}`
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new PromptKitConfigError(
        option,
        `must be an object like { rpm: 500, tpm: 200000 }, got ${JSON.stringify(entry)}`,
      )
    }
    const { rpm, tpm, windowMs, ...rest } = entry as Record<string, unknown>
    const unknown = Object.keys(rest)
    if (unknown.length)
      throw new PromptKitConfigError(option, `has unknown key(s) ${unknown.join(', ')}; use rpm and tpm`)
    const requests = positive(`${option}.rpm`, rpm, 'requests per minute')
    const tokens = positive(`${option}.tpm`, tpm, 'tokens per minute')
    const window = positive(`${option}.windowMs`, windowMs, 'milliseconds') ?? DEFAULT_RATE_WINDOW_MS
    resolved[model] = {
      ...(requests !== undefined ? { rpm: Math.floor(Math.max(1, requests)) } : {}),
      ...(tokens !== undefined ? { tpm: Math.floor(Math.max(1, tokens)) } : {}),
      windowMs: window,
    }
  }
  return resolved
}
