import type { Payload, PayloadRequest } from 'payload'

import type { Doc, Id } from '../pipeline/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'
import type { ArticleForecast, MapBudget } from './types.js'

import { spendOf, type Spend } from '../pipeline/store/generations.js'


/** The call's budget, else the map's default (`generationBudget` on the topical map), else none. */
export const budgetFor = (
  given: MapBudget | undefined,
  map: Doc,
): { budget: MapBudget; source: 'call' | 'map' | 'none' } => {
  if (given && (given.maxCostUsd !== undefined || given.maxTokens !== undefined))
    return { budget: given, source: 'call' }
  const stored = (map.generationBudget ?? {}) as { maxCostUsd?: null | number; maxTokens?: null | number }
  const budget: MapBudget = {
    ...(typeof stored.maxCostUsd === 'number' ? { maxCostUsd: stored.maxCostUsd } : {}),
    ...(typeof stored.maxTokens === 'number' ? { maxTokens: stored.maxTokens } : {}),
  }
  return { budget, source: Object.keys(budget).length ? 'map' : 'none' }
}

/** What the map's articles have spent so far: every generation recorded for a brief of the map. */
export const spentByMap = async (
  payload: Payload,
  options: ResolvedPromptKitOptions,
  briefIds: Id[],
  req?: PayloadRequest,
): Promise<Spend> => (briefIds.length ? spendOf({ options, payload, req }, { brief: { in: briefIds } }) : { cost: 0, tokens: 0 })

export type BudgetPlan = { overBudget: ArticleForecast[]; withinBudget: ArticleForecast[] }

/**
 * Walk the articles in generation order, counting the map's spend so far plus each queued article's
 * forecast; the first article whose forecast would take the total past a limit stops queueing, and
 * it and every article after it are over budget (no smaller article jumps the order).
 */
export const planWithinBudget = (
  articles: ArticleForecast[],
  budget: MapBudget,
  spent: Spend,
): BudgetPlan => {
  let cost = spent.cost
  let tokens = spent.tokens
  for (const [index, article] of articles.entries()) {
    const overCost = budget.maxCostUsd !== undefined && cost + article.cost > budget.maxCostUsd
    const overTokens = budget.maxTokens !== undefined && tokens + article.tokens > budget.maxTokens
    if (overCost || overTokens)
      return { overBudget: articles.slice(index), withinBudget: articles.slice(0, index) }
    cost += article.cost
    tokens += article.tokens
  }
  return { overBudget: [], withinBudget: articles }
}

const usd = (value: number) => `$${Number(value.toFixed(6))}`

/** Why an article was not queued, with the numbers a content lead needs to raise the budget. */
export const overBudgetMessage = (
  article: ArticleForecast,
  budget: MapBudget,
  spent: Spend,
  queued: ArticleForecast[],
): string => {
  const cost = spent.cost + queued.reduce((sum, a) => sum + a.cost, 0)
  const tokens = spent.tokens + queued.reduce((sum, a) => sum + a.tokens, 0)
  const parts = [
    budget.maxCostUsd !== undefined
      ? `${usd(cost)} of ${usd(budget.maxCostUsd)} spent or forecast, this article needs up to ${usd(article.cost)}`
      : '',
    budget.maxTokens !== undefined
      ? `${tokens} of ${budget.maxTokens} tokens spent or forecast, this article needs up to ${article.tokens}`
      : '',
  ].filter(Boolean)
  return `Map budget reached: ${parts.join('; ')}.`
}
