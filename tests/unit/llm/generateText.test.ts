import { describe, expect, it } from '@jest/globals'

import { generateText } from '../../../src/llm/index.js'
import { useFakeOpenAI } from './harness.js'

const messages = [{ role: 'user' as const, content: 'Write an intro paragraph.' }]

describe('generateText', () => {
  const ctx = useFakeOpenAI()

  it('returns markdown without a response_format', async () => {
    ctx.fake.script({ content: '## Intro\n\nSourdough is *old*.', usage: { prompt_tokens: 12, completion_tokens: 9 } })
    const result = await generateText({ client: ctx.client(), messages, maxTokens: 300 })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.text).toBe('## Intro\n\nSourdough is *old*.')
    expect(result.attempts).toBe(1)
    expect(result.usage).toEqual({ promptTokens: 12, completionTokens: 9, cachedTokens: 0, totalTokens: 21 })
    expect(ctx.fake.requests[0].body.response_format).toBeUndefined()
    expect(ctx.fake.requests[0].body.max_tokens).toBe(300)
  })

  it('streams deltas and reads usage from the final chunk', async () => {
    const body = 'A longer paragraph that arrives in several SSE chunks.'
    ctx.fake.script({ content: body, usage: { prompt_tokens: 40, completion_tokens: 12, cached_tokens: 32 } })
    const deltas: string[] = []
    const result = await generateText({ client: ctx.client(), messages, stream: true, onDelta: (d) => deltas.push(d) })
    expect(result.ok && result.text).toBe(body)
    expect(deltas.length).toBeGreaterThan(1)
    expect(result.usage).toEqual({ promptTokens: 40, completionTokens: 12, cachedTokens: 32, totalTokens: 52 })
    expect(ctx.fake.requests[0].body.stream).toBe(true)
  })

  it('strips <think> blocks', async () => {
    ctx.fake.script({ content: '<think>plan the intro</think>\n\nThe intro.' })
    const result = await generateText({ client: ctx.client(), messages })
    expect(result.ok && result.text).toBe('The intro.')
  })

  it('reports refusal, content filter, truncation and empty replies', async () => {
    ctx.fake.script([
      { content: null, refusal: 'No.' },
      { content: '', finishReason: 'content_filter' },
      { content: 'The intro was going well until', finishReason: 'length' },
      { content: '   ' },
    ])
    const client = ctx.client()
    const kinds = []
    for (let i = 0; i < 4; i++) {
      const result = await generateText({ client, messages })
      kinds.push(result.ok ? 'ok' : result.error.kind)
      if (i === 2 && !result.ok) expect(result.raw).toBe('The intro was going well until')
    }
    expect(kinds).toEqual(['refusal', 'refusal', 'truncated', 'invalid'])
  })

  it('reports a refusal delivered over a stream', async () => {
    ctx.fake.script({ content: null, refusal: 'I will not write that.' })
    const result = await generateText({ client: ctx.client(), messages, stream: true })
    expect(!result.ok && result.error).toMatchObject({ kind: 'refusal', message: expect.stringContaining('I will not write that.') })
  })
})
