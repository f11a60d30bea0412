import { describe, expect, it } from '@jest/globals'
import { z } from 'zod'

import { generateStructured, generateText, type LlmWait } from '../../../src/llm/index.js'
import { errorBody } from '../../support/fakeOpenAI.js'
import { withRateLimits } from '../../support/fakeProviders.js'
import { useFakeOpenAI } from './harness.js'

const Answer = z.object({ answer: z.string() })
const messages = [{ role: 'user' as const, content: 'Say hi as JSON.' }]

describe('LLM outages', () => {
  const ctx = useFakeOpenAI()

  it('waits while the endpoint refuses connections for a few seconds and succeeds once it is back', async () => {
    ctx.fake.script(() => ({ content: '{"answer":"back"}' }))
    await ctx.fake.down()
    const waits: Array<LlmWait | null> = []
    const result = await generateStructured({
      client: ctx.client({ backoffInitialMs: 200, backoffMaxMs: 2000 }),
      messages,
      schema: Answer,
      schemaName: 'answer',
      onWaiting: (wait) => {
        waits.push(wait)
        // Back once the call has been waiting for over a second and a half (it retried by itself meanwhile).
        if (wait && wait.nextTryAt.getTime() - wait.since.getTime() > 1500) void ctx.fake.up()
      },
    })
    expect(result.ok && result.data).toEqual({ answer: 'back' })
    expect(waits.length).toBeGreaterThanOrEqual(4)
    expect(waits.at(-1)).toBeNull()
    const during = waits.slice(0, -1).map((w) => w!)
    expect(during[0].reason).toMatch(/^connect ECONNREFUSED 127\.0\.0\.1:\d+$/)
    // Every wait of this outage is measured from the same start, and the next try moves on each time.
    expect(new Set(during.map((w) => w.since.getTime())).size).toBe(1)
    const nextTries = during.map((w) => w.nextTryAt.getTime())
    expect(nextTries).toEqual([...nextTries].sort((a, b) => a - b))
    // One refused connection per wait, plus the request that got the answer: all counted.
    expect(ctx.fake.requestCount).toBe(1)
    expect(result.attempts).toBe(during.length + 1)
  })

  it('lets one probe at a time through while the endpoint fails, shared by concurrent calls', async () => {
    ctx.fake.script((_req, i) => (i < 6 ? { status: 503, delayMs: 30, body: errorBody('overloaded', 'server_error') } : { content: 'hi' }))
    const client = ctx.client({ backoffInitialMs: 40, backoffMaxMs: 80 })
    let startSecond!: () => void
    const breakerOpen = new Promise<void>((resolve) => (startSecond = resolve))
    const first = generateText({ client, messages, onWaiting: (w) => w && startSecond() })
    await breakerOpen
    const waitsOfSecond: Array<LlmWait | null> = []
    let requestsWhenSecondFirstWaited: number | undefined
    const second = generateText({
      client,
      messages,
      onWaiting: (w) => {
        requestsWhenSecondFirstWaited ??= ctx.fake.requestCount
        waitsOfSecond.push(w)
      },
    })
    const results = await Promise.all([first, second])

    expect(results.map((r) => r.ok)).toEqual([true, true])
    // The second call found the breaker open and waited instead of sending.
    expect(requestsWhenSecondFirstWaited).toBe(1)
    expect(waitsOfSecond[0]).not.toBeNull()
    expect(waitsOfSecond.at(-1)).toBeNull()
    // No request ever overlapped another: one probe at a time.
    expect(ctx.fake.requests.map((r) => r.concurrent)).toEqual(ctx.fake.requests.map(() => 1))
    expect(results[0].attempts + results[1].attempts).toBe(ctx.fake.requestCount)
    expect(ctx.fake.requestCount).toBe(8)
  })

  it('answers 503 for a while: the call waits it out', async () => {
    ctx.fake.script(() => ({ content: 'fine again' }))
    ctx.fake.unavailableFor(300)
    const result = await generateText({ client: ctx.client(), messages })
    expect(result.ok && result.text).toBe('fine again')
    expect(result.attempts).toBeGreaterThan(1)
    expect(ctx.fake.requestCount).toBe(result.attempts)
  })

  it('stays within a requests-per-window rate limit by honouring the 429s', async () => {
    ctx.fake.script(withRateLimits({ requestsPerWindow: 2, windowMs: 400 }, () => ({ content: 'ok' })))
    const client = ctx.client()
    const results = []
    for (let i = 0; i < 3; i++) results.push(await generateText({ client, messages }))
    expect(results.map((r) => r.ok)).toEqual([true, true, true])
    expect(results.map((r) => r.attempts)).toEqual([1, 1, 2])
    const limited = ctx.fake.requests[2]
    expect(limited.concurrent).toBe(1)
    expect(ctx.fake.requestCount).toBe(4)
  })

  it('reports a tokens-per-window 429 with x-ratelimit headers and retry-after', async () => {
    ctx.fake.script(withRateLimits({ tokensPerWindow: 150, windowMs: 300 }, () => ({ content: 'ok' })))
    const reasons: string[] = []
    const client = ctx.client()
    const first = await generateText({ client, messages, maxTokens: 100 })
    const second = await generateText({ client, messages, maxTokens: 100, onWaiting: (w) => w && reasons.push(w.reason) })
    expect([first.ok, second.ok]).toEqual([true, true])
    expect(second.attempts).toBe(2)
    expect(reasons).toEqual([expect.stringMatching(/^HTTP 429: Rate limit reached for test-model on tokens per window: Limit 150/)])
  })
})
