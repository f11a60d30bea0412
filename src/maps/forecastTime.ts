import type { ResolvedPromptKitOptions } from '../types.js'
import type { ArticleForecast, ForecastTime } from './types.js'

/** Seconds one LLM call of a kit phase typically takes (a few hundred to a few thousand tokens out). */
export const TYPICAL_CALL_SECONDS = 20

const positive = (value: number | undefined): value is number => typeof value === 'number' && value > 0

/**
 * How long the batch's calls take: per model with `llm.rateLimits`, the bound its limits impose
 * (max of requests / RPM and tokens / TPM, tokens being prompt + completion allowance as OpenAI
 * counts them up front); models without limits at calls × TYPICAL_CALL_SECONDS ÷
 * `pipeline.concurrency`. Models are limited separately, so the slowest one sets the time.
 */
export const forecastTime = (
  articles: ArticleForecast[],
  options: ResolvedPromptKitOptions,
): ForecastTime => {
  const perModel = new Map<string, { calls: number; tokens: number }>()
  for (const article of articles) {
    for (const [model, use] of Object.entries(article.models)) {
      const sum = perModel.get(model) ?? { calls: 0, tokens: 0 }
      perModel.set(model, { calls: sum.calls + use.calls, tokens: sum.tokens + use.tokens })
    }
  }
  // Unit tests may pass options without it; resolved options always have it.
  const limits = options.llm.rateLimits as ResolvedPromptKitOptions['llm']['rateLimits'] | undefined
  let limitedSeconds = 0
  let unlimitedCalls = 0
  let anyLimited = false
  for (const [model, use] of perModel) {
    const { rpm, tpm, windowMs = 60_000 } = limits?.[model] ?? {}
    if (!positive(rpm) && !positive(tpm)) {
      unlimitedCalls += use.calls
      continue
    }
    anyLimited = true
    // `rpm`/`tpm` are per `windowMs` (a minute, unless tests and the bench scale it down).
    const windowSeconds = windowMs / 1000
    const byRequests = positive(rpm) ? (use.calls / rpm) * windowSeconds : 0
    const byTokens = positive(tpm) ? (use.tokens / tpm) * windowSeconds : 0
    limitedSeconds = Math.max(limitedSeconds, byRequests, byTokens)
  }
  const concurrency = Math.max(1, options.pipeline.concurrency)
  const estimated = (unlimitedCalls * TYPICAL_CALL_SECONDS) / concurrency
  return {
    basis: anyLimited ? 'rateLimits' : 'estimate',
    concurrency,
    seconds: Math.ceil(Math.max(limitedSeconds, estimated)),
  }
}
