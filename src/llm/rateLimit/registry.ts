import type { BudgetStore } from './budgetStore.js'
import type { ResolvedLlmRateLimits } from './options.js'

import { ModelRateLimiter } from './modelLimiter.js'

type Installed = {
  limiters: Map<string, ModelRateLimiter>
  limits: ResolvedLlmRateLimits
  store: BudgetStore
}

let installed: Installed | undefined

/**
 * Makes every LLM request of this process for a model in `limits` pass that model's limiter, on
 * `store`. The plugin calls it on init (with the database store), so the pipeline, previews and
 * any generate call share it without passing it along; the last init of a process wins.
 */
export const installLlmRateLimits = (store: BudgetStore, limits: ResolvedLlmRateLimits): void => {
  installed = { limiters: new Map(), limits, store }
}

/** For tests: no limits in this process. */
export const uninstallLlmRateLimits = (): void => {
  installed = undefined
}

/** The limiter for `model`, or undefined when the model has no `llm.rateLimits` entry. */
export const rateLimiterFor = (model: string): ModelRateLimiter | undefined => {
  const limit = installed?.limits[model]
  if (!installed || !limit) return undefined
  let limiter = installed.limiters.get(model)
  if (!limiter) installed.limiters.set(model, (limiter = new ModelRateLimiter(installed.store, model, limit)))
  return limiter
}
