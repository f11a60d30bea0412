import type { PricingTable } from './settings.js'
import type { LlmUsage } from './types.js'

const PER_MTOK = 1_000_000

/** USD cost of `usage` for `model`; 0 when the model has no price in the table. */
export function costOf(usage: LlmUsage, model: string, pricing: PricingTable | undefined): number {
  const price = pricing?.[model]
  if (!price) return 0
  const cached = Math.min(usage.cachedTokens, usage.promptTokens)
  const uncached = usage.promptTokens - cached
  const cachedRate = price.cachedInputPerMTok ?? price.inputPerMTok
  return (uncached * price.inputPerMTok + cached * cachedRate + usage.completionTokens * price.outputPerMTok) / PER_MTOK
}
