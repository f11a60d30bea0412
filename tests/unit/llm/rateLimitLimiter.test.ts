import { afterEach, describe, expect, it } from '@jest/globals'

import { generateText } from '../../../src/llm/index.js'
import { installLlmRateLimits, uninstallLlmRateLimits } from '../../../src/llm/rateLimit/registry.js'
import { withRateLimits } from '../../support/fakeProviders.js'
import { useFakeOpenAI } from './harness.js'
import { memoryBudgetStore } from './rateLimitMemoryStore.js'

const messages = [{ role: 'user' as const, content: 'Say ok.' }]

/** Most requests the fake received in any span of `windowMs` (each span starting at an arrival). */
const busiestWindow = (arrivals: number[], windowMs: number) =>
  Math.max(0, ...arrivals.map((start) => arrivals.filter((t) => t >= start && t < start + windowMs).length))

describe('LLM rate limiter (llm.rateLimits) in front of every request', () => {
  const ctx = useFakeOpenAI()
  afterEach(() => uninstallLlmRateLimits())

  it('keeps concurrent calls within the requests per window the provider enforces, without 429s', async () => {
    const arrivals: number[] = []
    ctx.fake.script(
      withRateLimits(
        { requestsPerWindow: 3, windowMs: 1000 },
        () => (arrivals.push(Date.now()), { content: 'ok' }),
      ),
    )
    const budget = memoryBudgetStore()
    installLlmRateLimits(budget.store, { 'test-model': { rpm: 3, windowMs: 1000 } })
    const client = ctx.client({ outageMaxWaitMs: 20_000 })
    const results = await Promise.all(Array.from({ length: 8 }, () => generateText({ client, messages })))

    expect(results.map((r) => r.ok)).toEqual(Array(8).fill(true))
    // Every request the fake received was answered: none was refused with a 429.
    expect(ctx.fake.requestCount).toBe(8)
    expect(arrivals).toHaveLength(8)
    expect(busiestWindow(arrivals, 1000)).toBeLessThanOrEqual(3)
    expect(results.map((r) => r.attempts)).toEqual(Array(8).fill(1))
  })

  it('keeps within tokens per window, counting prompt characters / 4 plus max_tokens', async () => {
    ctx.fake.script(withRateLimits({ tokensPerWindow: 300, windowMs: 800 }, () => ({ content: 'ok' })))
    const budget = memoryBudgetStore()
    installLlmRateLimits(budget.store, { 'test-model': { tpm: 300, windowMs: 800 } })
    const client = ctx.client({ outageMaxWaitMs: 20_000 })
    const results = await Promise.all(
      Array.from({ length: 5 }, () => generateText({ client, messages, maxTokens: 100 })),
    )

    expect(results.map((r) => r.attempts)).toEqual([1, 1, 1, 1, 1])
    expect(ctx.fake.requestCount).toBe(5)
  })

  it('waits for the reset when the provider reports a limit exhausted, so the next request is not refused', async () => {
    // No limit of our own (headers only): only the provider's headers can keep the third call from a 429.
    ctx.fake.script(withRateLimits({ requestsPerWindow: 2, windowMs: 700 }, () => ({ content: 'ok' })))
    const budget = memoryBudgetStore()
    installLlmRateLimits(budget.store, { 'test-model': { windowMs: 60_000 } })
    const client = ctx.client()
    const results = []
    for (let i = 0; i < 3; i++) results.push(await generateText({ client, messages }))

    expect(results.map((r) => r.ok)).toEqual([true, true, true])
    // Without the pause the third call's first request is answered 429 (attempts [1, 1, 2]).
    expect(results.map((r) => r.attempts)).toEqual([1, 1, 1])
    expect(ctx.fake.requestCount).toBe(3)
    expect(budget.calls.pauseUntil).toBe(1)
  })

  it('lowers the budget until the reset when the provider has fewer requests left than we think', async () => {
    // We believe in 100 per minute; the provider allows 2 per 700 ms.
    ctx.fake.script(withRateLimits({ requestsPerWindow: 2, windowMs: 700 }, () => ({ content: 'ok' })))
    const budget = memoryBudgetStore()
    installLlmRateLimits(budget.store, { 'test-model': { rpm: 100, windowMs: 60_000 } })
    const client = ctx.client()
    const results = []
    for (let i = 0; i < 4; i++) results.push(await generateText({ client, messages }))

    expect(results.map((r) => r.attempts)).toEqual([1, 1, 1, 1])
    expect(ctx.fake.requestCount).toBe(4)
    // The first answer said 1 left where we believed 99: the 98 the provider counted were added.
    const counted = [...budget.slots.values()].reduce((sum, s) => sum + s.requests, 0)
    expect(counted).toBeGreaterThanOrEqual(4 + 98)
  })

  it('pauses everyone on a 429 and retries once the pause is over, not before', async () => {
    const arrivals: number[] = []
    let calls = 0
    ctx.fake.script(() => {
      arrivals.push(Date.now())
      return ++calls === 1
        ? { status: 429, headers: { 'retry-after-ms': '300' }, body: { error: { message: 'slow down' } } }
        : { content: 'ok' }
    })
    const budget = memoryBudgetStore()
    installLlmRateLimits(budget.store, { 'test-model': { windowMs: 60_000 } })
    const result = await generateText({ client: ctx.client(), messages })

    expect(result.ok).toBe(true)
    expect(result.attempts).toBe(2)
    expect(budget.calls.pauseUntil).toBe(1)
    // The shared pause ends 300 ms after the 429, and the retry reached the fake after it ended.
    const pausedUntil = budget.pauses.get('test-model')!
    expect(pausedUntil).toBeGreaterThanOrEqual(arrivals[0]! + 300)
    expect(arrivals[1]).toBeGreaterThanOrEqual(pausedUntil)
  })

  it("charges the answer's usage when it is above the estimate", async () => {
    ctx.fake.script({ content: 'ok', usage: { prompt_tokens: 1000, completion_tokens: 500 } })
    const budget = memoryBudgetStore()
    installLlmRateLimits(budget.store, { 'test-model': { tpm: 100_000, windowMs: 60_000 } })
    const result = await generateText({ client: ctx.client(), messages })

    expect(result.ok).toBe(true)
    expect([...budget.slots.values()].reduce((sum, s) => sum + s.tokens, 0)).toBe(1500)
    expect([...budget.slots.values()].reduce((sum, s) => sum + s.requests, 0)).toBe(1)
  })

  it('leaves models without an entry alone', async () => {
    const budget = memoryBudgetStore()
    installLlmRateLimits(budget.store, { 'other-model': { rpm: 1, windowMs: 60_000 } })
    const results = await Promise.all([1, 2, 3].map(() => generateText({ client: ctx.client(), messages })))
    expect(results.map((r) => r.ok)).toEqual([true, true, true])
    expect(budget.calls).toEqual({ add: 0, pauseUntil: 0, read: 0, reserve: 0 })
  })
})
