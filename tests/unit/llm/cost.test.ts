import { describe, expect, it } from '@jest/globals'
import { z } from 'zod'

import { costOf, generateStructured } from '../../../src/llm/index.js'
import { useFakeOpenAI } from './harness.js'

const pricing = {
  'gpt-4o-mini': { inputPerMTok: 0.15, outputPerMTok: 0.6, cachedInputPerMTok: 0.075 },
  'no-cache-price': { inputPerMTok: 2, outputPerMTok: 8 },
}

describe('costOf', () => {
  it('bills cached input at the cached rate', () => {
    const usage = { promptTokens: 1_000_000, completionTokens: 500_000, cachedTokens: 400_000, totalTokens: 1_500_000 }
    // 600k * 0.15 + 400k * 0.075 + 500k * 0.6, per million
    expect(costOf(usage, 'gpt-4o-mini', pricing)).toBeCloseTo(0.09 + 0.03 + 0.3, 10)
  })

  it('bills cached input at the input rate when no cached price is given', () => {
    const usage = { promptTokens: 1000, completionTokens: 1000, cachedTokens: 500, totalTokens: 2000 }
    expect(costOf(usage, 'no-cache-price', pricing)).toBeCloseTo((1000 * 2 + 1000 * 8) / 1e6, 12)
  })

  it('is 0 for an unpriced model or no table', () => {
    const usage = { promptTokens: 10, completionTokens: 10, cachedTokens: 0, totalTokens: 20 }
    expect(costOf(usage, 'llama3.1:8b', pricing)).toBe(0)
    expect(costOf(usage, 'gpt-4o-mini', undefined)).toBe(0)
  })
})

describe('usage accounting', () => {
  const ctx = useFakeOpenAI()

  it('sums prompt, completion, cached and total tokens over a repair turn and prices them', async () => {
    ctx.fake.script([
      { content: '{"n": "one"}', usage: { prompt_tokens: 1000, completion_tokens: 100, cached_tokens: 0 } },
      { content: '{"n": 1}', usage: { prompt_tokens: 1200, completion_tokens: 50, cached_tokens: 1000 } },
    ])
    const client = ctx.client({ model: 'gpt-4o-mini', pricing })
    const result = await generateStructured({ client, messages: [{ role: 'user', content: 'n?' }], schema: z.object({ n: z.number() }), schemaName: 'n' })

    expect(result.ok).toBe(true)
    expect(result.usage).toEqual({ promptTokens: 2200, completionTokens: 150, cachedTokens: 1000, totalTokens: 2350 })
    expect(result.costUsd).toBeCloseTo(costOf(result.usage, 'gpt-4o-mini', pricing), 12)
    expect(result.costUsd).toBeCloseTo((1200 * 0.15 + 1000 * 0.075 + 150 * 0.6) / 1e6, 12)
  })

  it('keeps the usage of a failed (truncated) call', async () => {
    ctx.fake.script({ content: '{"n":', finishReason: 'length', usage: { prompt_tokens: 30, completion_tokens: 16, cached_tokens: 8 } })
    const result = await generateStructured({
      client: ctx.client({ model: 'gpt-4o-mini', pricing }),
      messages: [{ role: 'user', content: 'n?' }],
      schema: z.object({ n: z.number() }),
      schemaName: 'n',
    })
    expect(result.ok).toBe(false)
    expect(result.usage).toEqual({ promptTokens: 30, completionTokens: 16, cachedTokens: 8, totalTokens: 46 })
    expect(result.costUsd).toBeGreaterThan(0)
  })
})
