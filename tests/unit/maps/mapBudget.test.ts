import type { ArticleForecast } from '../../../src/maps/types.js'

import { budgetFor, overBudgetMessage, planWithinBudget } from '../../../src/maps/mapBudget.js'

const article = (brief: number, cost: number, tokens: number): ArticleForecast => ({
  article: null,
  brief,
  calls: 12,
  completionTokens: tokens / 2,
  cost,
  isPillar: brief === 1,
  models: {},
  phases: [],
  promptTokens: tokens / 2,
  tokenCounting: 'characters',
  title: `Brief ${brief}`,
  tokens,
})

const articles = [article(1, 0.5, 1000), article(2, 0.2, 400), article(3, 0.1, 200), article(4, 0.05, 100)]
const briefsOf = (list: ArticleForecast[]) => list.map((a) => a.brief)

describe('planWithinBudget', () => {
  it('queues everything without a limit', () => {
    expect(briefsOf(planWithinBudget(articles, {}, { cost: 0, tokens: 0 }).withinBudget)).toEqual([
      1, 2, 3, 4,
    ])
  })

  it('stops at the first article past the cost limit; the rest are over budget in order, even cheaper ones', () => {
    // 0.5 + 0.2 = 0.7; 0.7 + 0.1 > 0.75 stops at 3, and 4 (0.05, which would fit) is not queued past it.
    const plan = planWithinBudget(articles, { maxCostUsd: 0.75 }, { cost: 0, tokens: 0 })
    expect(briefsOf(plan.withinBudget)).toEqual([1, 2])
    expect(briefsOf(plan.overBudget)).toEqual([3, 4])
  })

  it('counts what the map already spent', () => {
    const plan = planWithinBudget(articles, { maxCostUsd: 0.75 }, { cost: 0.2, tokens: 0 })
    expect(briefsOf(plan.withinBudget)).toEqual([1])
  })

  it('applies the token limit the same way, and an article exactly at the limit still fits', () => {
    const plan = planWithinBudget(articles, { maxTokens: 1400 }, { cost: 0, tokens: 0 })
    expect(briefsOf(plan.withinBudget)).toEqual([1, 2])
    expect(
      briefsOf(planWithinBudget(articles, { maxTokens: 999 }, { cost: 0, tokens: 0 }).overBudget),
    ).toEqual([1, 2, 3, 4])
  })

  it('says how much was spent or forecast and what the article needs', () => {
    expect(
      overBudgetMessage(articles[2]!, { maxCostUsd: 0.75 }, { cost: 0, tokens: 0 }, articles.slice(0, 2)),
    ).toBe('Map budget reached: $0.7 of $0.75 spent or forecast, this article needs up to $0.1.')
  })
})

describe('budgetFor', () => {
  const map = { generationBudget: { maxCostUsd: 2, maxTokens: null }, id: 1 }
  it('prefers the call’s budget, else the map’s default, else none', () => {
    expect(budgetFor({ maxTokens: 10 }, map)).toEqual({ budget: { maxTokens: 10 }, source: 'call' })
    expect(budgetFor({ maxCostUsd: undefined, maxTokens: undefined }, map)).toEqual({
      budget: { maxCostUsd: 2 },
      source: 'map',
    })
    expect(budgetFor(undefined, { id: 2 })).toEqual({ budget: {}, source: 'none' })
  })
})
