import type { Id } from '../pipeline/types.js'

/** A map-level spending limit; the whole batch (and what the map's articles already spent) counts. */
export type MapBudget = {
  /** USD; needs `llm.pricing` for the models used (unpriced models cost 0). */
  maxCostUsd?: number
  maxTokens?: number
}

/** Upper estimate of one article's run, summed from the preview's per-phase estimates. */
export type ArticleForecast = {
  /** The brief's article, when it has one already. */
  article: Id | null
  brief: Id
  /** LLM calls: one per phase the run executes (repairs, retries and refinement rounds not included). */
  calls: number
  /** The whole completion allowance of every call (`maxTokens`, else 4096). */
  completionTokens: number
  /** USD at `llm.pricing`. */
  cost: number
  isPillar: boolean
  /** Per model: calls and tokens, for the time at the model's rate limits. */
  models: Record<string, { calls: number; tokens: number }>
  phases: string[]
  promptTokens: number
  /** How prompt tokens were counted: OpenAI's tokenizer, characters / 4, or both (mixed models). */
  tokenCounting: 'characters' | 'mixed' | 'tokenizer'
  title: string
  /** promptTokens + completionTokens. */
  tokens: number
}

/** How long the batch should take, and what the number is based on. */
export type ForecastTime = {
  /**
   * `rateLimits`: the slowest model's bound at `llm.rateLimits` (requests / RPM, tokens / TPM);
   * `estimate`: calls × a typical latency ÷ `pipeline.concurrency` (no limits configured).
   */
  basis: 'estimate' | 'rateLimits'
  /** Calls at a time assumed for models without limits (`pipeline.concurrency`). */
  concurrency: number
  seconds: number
}

export type MapForecast = {
  articles: ArticleForecast[]
  time: ForecastTime
  totals: {
    articles: number
    calls: number
    completionTokens: number
    cost: number
    promptTokens: number
    tokens: number
  }
}

/** Why a brief of the map was not queued. */
export type SkipReason = 'active' | 'budget' | 'error'

export type QueuedEntry = {
  article: Id
  brief: Id
  job: Id
  phases: string[]
  run: string
  status: 'queued'
  title: string
}
export type SkippedEntry = {
  article: Id | null
  brief: Id
  message: string
  reason: SkipReason
  status: 'skipped'
  title: string
}
export type BatchEntry = QueuedEntry | SkippedEntry

/** The recorded batch, as `prompt-kit-batches` stores it. */
export type MapBatch = {
  budget:
    (MapBudget & { source: 'call' | 'map' | 'none'; spentBefore: { cost: number; tokens: number } }) | null
  createdAt: string
  createdBy: Id | null
  entries: BatchEntry[]
  forecast: MapForecast
  id: Id
  topicalMap: Id
}
