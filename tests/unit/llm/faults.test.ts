import { describe, expect, it } from '@jest/globals'
import { z } from 'zod'

import { createLlmClient, generateStructured, generateText, type LlmFailure, type LlmWait } from '../../../src/llm/index.js'
import { errorBody } from '../../support/fakeOpenAI.js'
import { TEST_API_KEY, useFakeOpenAI } from './harness.js'

const Answer = z.object({ answer: z.string() })
const messages = [{ role: 'user' as const, content: 'Say hi as JSON.' }]
const ok = { content: '{"answer":"hi"}' }

function expectFailure(result: { ok: boolean }): LlmFailure {
  expect(result.ok).toBe(false)
  return result as LlmFailure
}

/** Collects onWaiting reports and log lines of one call. */
function observer() {
  const waits: Array<LlmWait | null> = []
  const logs: Array<[string, string]> = []
  return { waits, logs, onWaiting: (w: LlmWait | null) => waits.push(w), log: (level: string, msg: string) => logs.push([level, msg]) }
}

describe('faults and retries', () => {
  const ctx = useFakeOpenAI()

  it('retries a 429 honouring retry-after; attempts counts both requests', async () => {
    ctx.fake.script([{ status: 429, headers: { 'retry-after': '0.3' }, body: errorBody('Rate limit reached', 'requests') }, ok])
    const seen = observer()
    const result = await generateStructured({ client: ctx.client(), messages, schema: Answer, schemaName: 'answer', ...seen })
    expect(result.ok && result.data).toEqual({ answer: 'hi' })
    expect(ctx.fake.requestCount).toBe(2)
    expect(result.attempts).toBe(2)
    // Our backoff would be 20 ms: the wait reported is the server's 300 ms.
    const [wait, end] = seen.waits
    expect(wait!.nextTryAt.getTime() - wait!.since.getTime()).toBeGreaterThanOrEqual(300)
    expect(wait!.reason).toBe('HTTP 429: Rate limit reached')
    expect(end).toBeNull()
    expect(seen.logs).toEqual([['warn', expect.stringMatching(/failing \(HTTP 429: Rate limit reached\); next try in/)]])
  })

  it("honours OpenAI's x-ratelimit-reset headers when there is no retry-after", async () => {
    const headers = { 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '0.4s', 'x-ratelimit-remaining-tokens': '900', 'x-ratelimit-reset-tokens': '6m0s' }
    ctx.fake.script([{ status: 429, headers, body: errorBody('Rate limit reached', 'requests') }, ok])
    const seen = observer()
    const result = await generateText({ client: ctx.client(), messages, ...seen })
    expect(result.ok).toBe(true)
    expect(seen.waits[0]!.nextTryAt.getTime() - seen.waits[0]!.since.getTime()).toBeGreaterThanOrEqual(400)
    expect(seen.waits[0]!.nextTryAt.getTime() - seen.waits[0]!.since.getTime()).toBeLessThan(60_000)
  })

  it('retries a 500, then succeeds', async () => {
    ctx.fake.script([{ status: 500, headers: { 'retry-after-ms': '10' }, body: errorBody('boom', 'server_error') }, ok])
    const result = await generateText({ client: ctx.client(), messages })
    expect(result.ok && result.text).toBe('{"answer":"hi"}')
    expect(result.attempts).toBe(2)
    expect(ctx.fake.requestCount).toBe(2)
  })

  it('fails with one clear outage reason once 503s outlast outageMaxWaitMs', async () => {
    ctx.fake.script(() => ({ status: 503, body: errorBody('overloaded', 'server_error') }))
    const failure = expectFailure(await generateStructured({ client: ctx.client({ outageMaxWaitMs: 300 }), messages, schema: Answer, schemaName: 'answer' }))
    expect(failure.error).toMatchObject({ kind: 'outage', status: 503 })
    expect(failure.error.message).toMatch(/^The LLM endpoint at http:\/\/127\.0\.0\.1:\d+\/v1 kept failing for \d+ ms \(last error: HTTP 503: overloaded\)$/)
    expect(ctx.fake.requestCount).toBeGreaterThan(1)
    expect(failure.attempts).toBe(ctx.fake.requestCount)
  })

  it('fails at once when the server asks to wait beyond outageMaxWaitMs', async () => {
    ctx.fake.script(() => ({ status: 429, headers: { 'retry-after': '3600' }, body: errorBody('Rate limit reached') }))
    const failure = expectFailure(await generateText({ client: ctx.client({ outageMaxWaitMs: 1000 }), messages }))
    expect(failure.error).toMatchObject({ kind: 'outage', status: 429 })
    expect(failure.error.message).toMatch(/asks to wait 1 h more, beyond llm\.outageMaxWaitMs \(1 s\) \(last error: HTTP 429: Rate limit reached\)/)
    expect(ctx.fake.requestCount).toBe(1)
  })

  it('retries a request that gets no answer within timeoutMs, then reports the outage', async () => {
    ctx.fake.script(() => ({ hang: true }))
    const failure = expectFailure(await generateText({ client: ctx.client({ timeoutMs: 100, outageMaxWaitMs: 400 }), messages }))
    expect(failure.error.kind).toBe('outage')
    expect(failure.error.message).toMatch(/was unreachable for .* \(last error: no answer within llm\.timeoutMs \(100 ms\)\)/)
    expect(failure.attempts).toBeGreaterThanOrEqual(2)
    expect(failure.attempts).toBe(ctx.fake.requestCount)
  })

  it('retries a stream that stalls mid-way; the retry streams its text again', async () => {
    ctx.fake.script([{ content: 'The first words arrive, then nothing', stall: true }, { content: 'The whole answer.' }])
    const deltas: string[] = []
    const result = await generateText({ client: ctx.client({ timeoutMs: 200 }), messages, stream: true, onDelta: (d) => deltas.push(d) })
    expect(result.ok && result.text).toBe('The whole answer.')
    expect(result.attempts).toBe(2)
    expect(deltas.join('')).toBe('The first words arrive, then nothingThe whole answer.')
  })

  it('retries a non-streamed body that stalls mid-way', async () => {
    ctx.fake.script([{ content: '{"answer":"hi"}', stall: true }, ok])
    const result = await generateText({ client: ctx.client({ timeoutMs: 200 }), messages })
    expect(result.ok && result.text).toBe('{"answer":"hi"}')
    expect(result.attempts).toBe(2)
  })

  it('honours a caller abort signal during a request, as kind "cancelled"', async () => {
    ctx.fake.script(() => ({ hang: true }))
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    const failure = expectFailure(await generateText({ client: ctx.client(), messages, signal: controller.signal }))
    expect(failure.error.kind).toBe('cancelled')
    expect(failure.error.message).toMatch(/cancelled/)
    expect(failure.attempts).toBe(1)
  })

  it('honours a caller abort signal while waiting out an outage', async () => {
    ctx.fake.script(() => ({ status: 503, headers: { 'retry-after': '600' } }))
    const controller = new AbortController()
    const failure = expectFailure(
      await generateText({ client: ctx.client({ outageMaxWaitMs: 3_600_000 }), messages, signal: controller.signal, onWaiting: (w) => w && controller.abort() }),
    )
    expect(failure.error.kind).toBe('cancelled')
    expect(ctx.fake.requestCount).toBe(1)
  })

  it('reports a truncated JSON body as a malformed (network) failure without retrying', async () => {
    ctx.fake.script({ malformed: true })
    const failure = expectFailure(await generateStructured({ client: ctx.client(), messages, schema: Answer, schemaName: 'answer' }))
    expect(failure.error.kind).toBe('network')
    expect(failure.error.message).toMatch(/Malformed response/)
    expect(ctx.fake.requestCount).toBe(1)
  })

  it('reports a non-JSON page as a malformed failure', async () => {
    ctx.fake.script({ malformed: 'text' })
    const failure = expectFailure(await generateText({ client: ctx.client(), messages }))
    expect(failure.error.kind).toBe('network')
    expect(failure.error.message).toMatch(/Bad Gateway/)
  })

  it('reports a server that stays unreachable as an outage naming the connection error', async () => {
    const url = ctx.fake.baseURL
    await ctx.fake.close()
    const client = createLlmClient({ baseURL: url, model: 'm', outageMaxWaitMs: 300, backoffInitialMs: 20 })
    const failure = expectFailure(await generateText({ client, messages }))
    expect(failure.error.kind).toBe('outage')
    expect(failure.error.status).toBeUndefined()
    expect(failure.error.message).toMatch(/^The LLM endpoint at http:\/\/127\.0\.0\.1:\d+\/v1 was unreachable for \d+ ms \(last error: connect ECONNREFUSED 127\.0\.0\.1:\d+\)$/)
    expect(failure.error.message).toContain(url)
  })

  it('never puts the API key into an error message, even when the server echoes it', async () => {
    ctx.fake.script((req) => ({
      status: 401,
      body: errorBody(`Incorrect API key provided: ${TEST_API_KEY}. Header was ${String(req.headers.authorization)}`, 'invalid_request_error', null, 'invalid_api_key'),
    }))
    const client = ctx.client()
    const failures = [
      expectFailure(await generateText({ client, messages })),
      expectFailure(await generateStructured({ client, messages, schema: Answer, schemaName: 'answer' })),
    ]
    ctx.fake.script(() => ({ status: 503, body: errorBody(`overloaded for ${TEST_API_KEY}`) }))
    failures.push(expectFailure(await generateText({ client: ctx.client({ outageMaxWaitMs: 100 }), messages })))
    await ctx.fake.close()
    failures.push(expectFailure(await generateText({ client: ctx.client({ outageMaxWaitMs: 100 }), messages })))

    expect(ctx.fake.requests[0].headers.authorization).toBe(`Bearer ${TEST_API_KEY}`)
    expect(failures[0].error).toMatchObject({ kind: 'http', status: 401 })
    expect(failures[0].error.message).toMatch(/llm\.apiKey/)
    expect(failures[2].error.kind).toBe('outage')
    for (const failure of failures) {
      expect(failure.error.message).not.toContain(TEST_API_KEY)
      expect(JSON.stringify(failure)).not.toContain(TEST_API_KEY)
    }
    expect(JSON.stringify(client)).not.toContain(TEST_API_KEY)
  })
})
