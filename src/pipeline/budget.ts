import type { LlmMessage, PricingTable } from '../llm/index.js'
import type { PipelineBudget } from '../types.js'

import { costOf } from '../llm/index.js'
import { countPromptTokens } from './promptTokens.js'

/** Completion tokens assumed for a phase without `maxTokens`, so its estimate is not zero. */
export const DEFAULT_COMPLETION_ESTIMATE = 4096

export type CallEstimate = { cost: number; tokens: number }

/**
 * Upper estimate of one call: the prompt's tokens (OpenAI's tokenizer for OpenAI models, characters
 * / 4 for others; see countPromptTokens), plus the whole completion allowance, at the model's price.
 */
export const estimateCall = (
  messages: LlmMessage[],
  model: string,
  maxTokens: null | number,
  pricing: PricingTable,
): CallEstimate => {
  const promptTokens = countPromptTokens(messages, model).tokens
  const completionTokens = maxTokens ?? DEFAULT_COMPLETION_ESTIMATE
  return {
    cost: costOf({ cachedTokens: 0, completionTokens, promptTokens, totalTokens: promptTokens + completionTokens }, model, pricing),
    tokens: promptTokens + completionTokens,
  }
}

const usd = (value: number) => `$${Number(value.toFixed(6))}`

/**
 * Guards one run's spending. Calls in flight are reserved at their estimate, so phases running in
 * parallel cannot each pass the check and together overshoot.
 */
export class BudgetGuard {
  private reserved: CallEstimate = { cost: 0, tokens: 0 }

  constructor(
    private readonly budget: PipelineBudget,
    private readonly spent: () => Promise<CallEstimate>,
  ) {}

  get limited(): boolean {
    return this.budget.maxCostUsd !== undefined || this.budget.maxTokens !== undefined
  }

  /**
   * Reserve `estimate` for `phase`, or return why the call may not be made. Once the call is made,
   * `settle` swaps the estimate for what it cost, held until `release` (when its generation, which
   * `spent` reads, is recorded).
   */
  async reserve(phase: string, estimate: CallEstimate): Promise<{ error: string } | Reservation> {
    if (!this.limited) return { release: () => undefined, settle: () => undefined }
    const spent = await this.spent()
    const { maxCostUsd, maxTokens } = this.budget
    const cost = spent.cost + this.reserved.cost + estimate.cost
    if (maxCostUsd !== undefined && cost > maxCostUsd) {
      return {
        error: `Budget of ${usd(maxCostUsd)} for this article would be exceeded by phase ${phase} (spent ${usd(spent.cost)}, this call may cost up to ${usd(estimate.cost)}); raise pipeline.budget.maxCostUsd to continue.`,
      }
    }
    const tokens = spent.tokens + this.reserved.tokens + estimate.tokens
    if (maxTokens !== undefined && tokens > maxTokens) {
      return {
        error: `Budget of ${maxTokens} tokens for this article would be exceeded by phase ${phase} (used ${spent.tokens}, this call may use up to ${estimate.tokens}); raise pipeline.budget.maxTokens to continue.`,
      }
    }
    let held = estimate
    let released = false
    this.add(held, 1)
    return {
      release: () => {
        if (released) return
        released = true
        this.add(held, -1)
      },
      settle: (actual) => {
        if (released) return
        this.add(held, -1)
        held = actual
        this.add(held, 1)
      },
    }
  }

  private add(amount: CallEstimate, sign: 1 | -1) {
    this.reserved = { cost: this.reserved.cost + sign * amount.cost, tokens: this.reserved.tokens + sign * amount.tokens }
  }
}

export type Reservation = { release: () => void; settle: (actual: CallEstimate) => void }
