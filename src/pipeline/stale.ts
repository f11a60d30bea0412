import { LLM_DEFAULTS } from '../llm/index.js'

/** Extra time past the LLM layer's own cap on one call before silence means a worker died. */
export const STALE_MARGIN_MS = 60_000

/**
 * A run that has touched none of its generations for this long has no live worker: every LLM call
 * ends (or is cut off) within `maxTotalMs`, and a phase's generation is written when it ends.
 */
export const staleAfterMs = (maxTotalMs: number = LLM_DEFAULTS.maxTotalMs): number => maxTotalMs + STALE_MARGIN_MS
