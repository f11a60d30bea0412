import { describe, expect, it } from '@jest/globals'
import { z } from 'zod'

import { createLlmClient, generateStructured, generateText, type LlmFailure } from '../../../src/llm/index.js'
import { errorBody } from '../../support/fakeOpenAI.js'
import { TEST_API_KEY, useFakeOpenAI } from './harness.js'

const Answer = z.object({ answer: z.string() })
const messages = [{ role: 'user' as const, content: 'Say hi as JSON.' }]
const ok = { content: '{"answer":"hi"}' }

function expectFailure(result: { ok: boolean }): LlmFailure {
  expect(result.ok).toBe(false)
  return result as LlmFailure
}

describe('faults and retries', () => {
  const ctx = useFakeOpenAI()

  it('retries a 429 honouring retry-after, then succeeds', async () => {
    ctx.fake.script([{ status: 429, headers: { 'retry-after': '0.05' }, body: errorBody('Rate limit reached', 'requests') }, ok])
    const result = await generateStructured({ client: ctx.client(), messages, schema: Answer, schemaName: 'answer' })
    expect(result.ok && result.data).toEqual({ answer: 'hi' })
    expect(ctx.fake.requestCount).toBe(2)
    expect(result.attempts).toBe(1) // SDK retries are not our attempts
    expect(ctx.fake.requests[1].headers['x-stainless-retry-count']).toBe('1')
  })

  it('retries a 500, then succeeds', async () => {
    ctx.fake.script([{ status: 500, headers: { 'retry-after-ms': '10' }, body: errorBody('boom', 'server_error') }, ok])
    const result = await generateText({ client: ctx.client(), messages })
    expect(result.ok && result.text).toBe('{"answer":"hi"}')
    expect(ctx.fake.requestCount).toBe(2)
  })

  it('reports http with status once retries are exhausted', async () => {
    ctx.fake.script(() => ({ status: 503, headers: { 'retry-after-ms': '5' }, body: errorBody('overloaded', 'server_error') }))
    const failure = expectFailure(await generateStructured({ client: ctx.client({ maxRetries: 1 }), messages, schema: Answer, schemaName: 'answer' }))
    expect(failure.error).toMatchObject({ kind: 'http', status: 503 })
    expect(failure.error.message).toContain('overloaded')
    expect(ctx.fake.requestCount).toBe(2)
  })

  it('surfaces a retry-after longer than maxTotalMs at once instead of sleeping', async () => {
    ctx.fake.script(() => ({ status: 429, headers: { 'retry-after': '3600' }, body: errorBody('Rate limit reached') }))
    const failure = expectFailure(await generateText({ client: ctx.client({ maxTotalMs: 1000 }), messages }))
    expect(failure.error).toMatchObject({ kind: 'http', status: 429 })
    expect(failure.error.message).toMatch(/retry after 3600 s/)
    expect(ctx.fake.requestCount).toBe(1)
  })

  it('stops at maxTotalMs while the SDK is waiting out a retry-after', async () => {
    // 150 ms in, the SDK starts a 250 ms sleep (within maxTotalMs, so allowed) that would end past the cap.
    ctx.fake.script(() => ({ status: 429, delayMs: 150, headers: { 'retry-after-ms': '250' }, body: errorBody('Rate limit reached') }))
    const failure = expectFailure(await generateText({ client: ctx.client({ maxTotalMs: 300 }), messages }))
    expect(failure.error.kind).toBe('timeout')
    expect(failure.error.message).toMatch(/maxTotalMs \(300 ms\)/)
    expect(ctx.fake.requestCount).toBe(1)
    // let the SDK's uncancellable retry sleep finish so it does not outlive the test
    await new Promise((r) => setTimeout(r, 150))
  })

  it('turns a hanging server into a timeout within maxTotalMs', async () => {
    ctx.fake.script(() => ({ hang: true }))
    const failure = expectFailure(await generateStructured({ client: ctx.client({ maxTotalMs: 300 }), messages, schema: Answer, schemaName: 'answer' }))
    expect(failure.error.kind).toBe('timeout')
    expect(failure.error.message).toMatch(/maxTotalMs/)
    expect(failure.attempts).toBe(1)
  })

  it('reports the per-attempt timeout when retries run out first', async () => {
    ctx.fake.script(() => ({ hang: true }))
    const failure = expectFailure(await generateText({ client: ctx.client({ timeoutMs: 100, maxRetries: 1 }), messages }))
    expect(failure.error.kind).toBe('timeout')
    expect(failure.error.message).toMatch(/timeoutMs \(100 ms\)/)
    expect(ctx.fake.requestCount).toBe(2)
  })

  it('stops a stream that stalls mid-way at maxTotalMs', async () => {
    ctx.fake.script({ content: 'The first words arrive, then nothing', stall: true })
    const deltas: string[] = []
    const failure = expectFailure(
      await generateText({ client: ctx.client({ maxTotalMs: 300 }), messages, stream: true, onDelta: (d) => deltas.push(d) }),
    )
    expect(failure.error.kind).toBe('timeout')
    expect(deltas.join('')).toBe('The first words arrive, then nothing')
  })

  it('stops a non-streamed body that stalls mid-way at maxTotalMs', async () => {
    ctx.fake.script({ content: '{"answer":"hi"}', stall: true })
    const failure = expectFailure(await generateText({ client: ctx.client({ maxTotalMs: 300 }), messages }))
    expect(failure.error.kind).toBe('timeout')
  })

  it('honours a caller abort signal', async () => {
    ctx.fake.script(() => ({ hang: true }))
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    const failure = expectFailure(await generateText({ client: ctx.client(), messages, signal: controller.signal }))
    expect(failure.error.kind).toBe('timeout')
    expect(failure.error.message).toMatch(/cancelled/)
  })

  it('reports a truncated JSON body as a malformed (network) failure', async () => {
    ctx.fake.script({ malformed: true })
    const failure = expectFailure(await generateStructured({ client: ctx.client(), messages, schema: Answer, schemaName: 'answer' }))
    expect(failure.error.kind).toBe('network')
    expect(failure.error.message).toMatch(/Malformed response/)
  })

  it('reports a non-JSON page as a malformed failure', async () => {
    ctx.fake.script({ malformed: 'text' })
    const failure = expectFailure(await generateText({ client: ctx.client(), messages }))
    expect(failure.error.kind).toBe('network')
    expect(failure.error.message).toMatch(/Bad Gateway/)
  })

  it('reports an unreachable server as network', async () => {
    const url = ctx.fake.baseURL
    await ctx.fake.close()
    const client = createLlmClient({ baseURL: url, model: 'm', maxRetries: 0 })
    const failure = expectFailure(await generateText({ client, messages }))
    expect(failure.error.kind).toBe('network')
    expect(failure.error.message).toContain(url)
  })

  it('never puts the API key into an error message, even when the server echoes it', async () => {
    ctx.fake.script((req) => ({
      status: 401,
      body: errorBody(`Incorrect API key provided: ${TEST_API_KEY}. Header was ${String(req.headers.authorization)}`, 'invalid_request_error', null, 'invalid_api_key'),
    }))
    const client = ctx.client({ maxRetries: 0 })
    const failures = [
      expectFailure(await generateText({ client, messages })),
      expectFailure(await generateStructured({ client, messages, schema: Answer, schemaName: 'answer' })),
    ]
    ctx.fake.script(() => ({ hang: true }))
    failures.push(expectFailure(await generateText({ client: ctx.client({ maxTotalMs: 100 }), messages })))
    await ctx.fake.close()
    failures.push(expectFailure(await generateText({ client: ctx.client({ maxRetries: 0 }), messages })))

    expect(ctx.fake.requests[0].headers.authorization).toBe(`Bearer ${TEST_API_KEY}`)
    expect(failures[0].error).toMatchObject({ kind: 'http', status: 401 })
    expect(failures[0].error.message).toMatch(/llm\.apiKey/)
    for (const failure of failures) {
      expect(failure.error.message).not.toContain(TEST_API_KEY)
      expect(JSON.stringify(failure)).not.toContain(TEST_API_KEY)
    }
    expect(JSON.stringify(client)).not.toContain(TEST_API_KEY)
  })
})
