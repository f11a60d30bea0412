import { describe, expect, it } from '@jest/globals'
import { z } from 'zod'

import { generateStructured } from '../../../src/llm/index.js'
import { errorBody } from '../../support/fakeOpenAI.js'
import { useFakeOpenAI } from './harness.js'

const Outline = z.object({
  title: z.string().min(5),
  sections: z.array(z.object({ heading: z.string(), points: z.array(z.string()) })),
  summary: z.string().nullable(),
})

const valid = { title: 'Sourdough basics', sections: [{ heading: 'Starter', points: ['Feed daily'] }], summary: null }
const messages = [
  { role: 'system' as const, content: 'You write article outlines.' },
  { role: 'user' as const, content: 'Outline an article about sourdough.' },
]

describe('generateStructured', () => {
  const ctx = useFakeOpenAI()

  it('sends a strict json_schema response_format and returns validated data', async () => {
    ctx.fake.script({ content: JSON.stringify(valid), usage: { prompt_tokens: 120, completion_tokens: 40 } })
    const result = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline', temperature: 0.2, maxTokens: 500 })

    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data).toEqual(valid)
    expect(result.mode).toBe('json_schema')
    expect(result.attempts).toBe(1)
    expect(result.repairs).toBe(0)
    expect(result.model).toBe('test-model')
    expect(result.usage).toEqual({ promptTokens: 120, completionTokens: 40, cachedTokens: 0, totalTokens: 160 })

    const [req] = ctx.fake.requests
    expect(req.path).toBe('/v1/chat/completions')
    expect(req.body.model).toBe('test-model')
    expect(req.body.temperature).toBe(0.2)
    expect(req.body.max_tokens).toBe(500)
    expect(req.body.messages).toEqual(messages)
    const format = req.body.response_format
    expect(format.type).toBe('json_schema')
    expect(format.json_schema.name).toBe('outline')
    expect(format.json_schema.strict).toBe(true)
    expect(format.json_schema.schema.additionalProperties).toBe(false)
    expect(format.json_schema.schema.required).toEqual(['title', 'sections', 'summary'])
  })

  it('can send max_completion_tokens instead of max_tokens', async () => {
    ctx.fake.script({ content: JSON.stringify(valid) })
    await generateStructured({ client: ctx.client({ maxTokensParam: 'max_completion_tokens' }), messages, schema: Outline, schemaName: 'outline', maxTokens: 77 })
    expect(ctx.fake.requests[0].body.max_completion_tokens).toBe(77)
    expect(ctx.fake.requests[0].body.max_tokens).toBeUndefined()
  })

  it('extracts JSON from a fenced block or surrounding prose', async () => {
    ctx.fake.script([
      { content: 'Here you go:\n```json\n' + JSON.stringify(valid, null, 2) + '\n```\nEnjoy!' },
      { content: '<think>maybe {"title": "x"}?</think>Sure! ' + JSON.stringify(valid) + ' Let me know.' },
    ])
    const client = ctx.client()
    const fenced = await generateStructured({ client, messages, schema: Outline, schemaName: 'outline' })
    const prose = await generateStructured({ client, messages, schema: Outline, schemaName: 'outline' })
    expect(fenced.ok && fenced.data).toEqual(valid)
    expect(prose.ok && prose.data).toEqual(valid)
  })

  it('sends one repair turn quoting the zod error and succeeds', async () => {
    const bad = { ...valid, title: 'Hi', sections: [{ heading: 'Starter', points: [42] }] }
    ctx.fake.script([{ content: JSON.stringify(bad), usage: { prompt_tokens: 100, completion_tokens: 30 } }, { content: JSON.stringify(valid), usage: { prompt_tokens: 180, completion_tokens: 35 } }])
    const result = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline' })

    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.repairs).toBe(1)
    expect(result.attempts).toBe(2)
    expect(result.usage).toEqual({ promptTokens: 280, completionTokens: 65, cachedTokens: 0, totalTokens: 345 })

    const repairReq = ctx.fake.requests[1].body
    const turns = repairReq.messages
    expect(turns).toHaveLength(4)
    expect(turns[2]).toEqual({ role: 'assistant', content: JSON.stringify(bad) })
    expect(turns[3].role).toBe('user')
    expect(turns[3].content).toContain('sections[0].points[0]')
    expect(turns[3].content).toContain('title')
    // The server may have ignored response_format (Anthropic's layer does): the repair spells the schema out.
    expect(turns[3].content).toContain('conforms to this JSON Schema:\n{"type":"object"')
    expect(turns[3].content).toMatch(/Output only the JSON/)
    expect(repairReq.response_format.type).toBe('json_schema')
  })

  it('gives up as kind "invalid" after 2 repairs and a fresh sample, with the last validation errors', async () => {
    ctx.fake.script((_req, i) => ({ content: `{"title": "Hi", "try": ${i}}` }))
    const result = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.kind).toBe('invalid')
    expect(result.error.message).toMatch(/after 2 repair turn\(s\) and a fresh sample/)
    expect(result.attempts).toBe(4)
    expect(result.raw).toBe('{"title": "Hi", "try": 3}')
    expect(result.validationErrors).toEqual(expect.arrayContaining([expect.stringMatching(/^title: /), expect.stringMatching(/^sections: /)]))
    // Repairs carry the history; the fresh sample is the original request again.
    expect(ctx.fake.requests.map((r) => r.body.messages.length)).toEqual([2, 4, 6, 2])
    expect(ctx.fake.requests[3].body.messages).toEqual(messages)
    expect(ctx.fake.requests[2].body.messages[4]).toEqual({ role: 'assistant', content: '{"title": "Hi", "try": 1}' })

    const none = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline', maxRepairs: 0 })
    expect(!none.ok && none.attempts).toBe(2)
  })

  it('succeeds on the fresh sample after the repairs ran out', async () => {
    ctx.fake.script([{ content: '{"title": "Hi"}' }, { content: '{"title": "Hi"}' }, { content: '{"title": "Hi"}' }, { content: JSON.stringify(valid) }])
    const result = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline' })
    expect(result.ok && result.data).toEqual(valid)
    expect(result.ok && [result.repairs, result.resampled, result.attempts]).toEqual([2, true, 4])
  })

  it('repairs a reply that contains no JSON at all', async () => {
    ctx.fake.script([{ content: 'I think the outline should cover starters.' }, { content: JSON.stringify(valid) }])
    const result = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline' })
    expect(result.ok).toBe(true)
    expect(ctx.fake.requests[1].body.messages[3].content).toMatch(/not valid JSON/)
  })

  it('reports a refusal without repairing it', async () => {
    ctx.fake.script({ content: null, refusal: "I can't help with that." })
    const result = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.kind).toBe('refusal')
    expect(result.error.message).toContain("I can't help with that.")
    expect(ctx.fake.requestCount).toBe(1)
  })

  it('reports truncation (finish_reason length) without repairing it', async () => {
    ctx.fake.script({ content: '{"title": "Sourdough basics", "sections": [{"head', finishReason: 'length', usage: { completion_tokens: 500 } })
    const result = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline', maxTokens: 500 })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.kind).toBe('truncated')
    expect(result.raw).toContain('"head')
    expect(result.usage.completionTokens).toBe(500)
    expect(ctx.fake.requestCount).toBe(1)
  })

  it('falls back to json_object when json_schema is rejected, and remembers it', async () => {
    ctx.fake.script((req) =>
      req.body.response_format?.type === 'json_schema'
        ? { status: 400, body: errorBody("Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.", 'invalid_request_error', 'response_format') }
        : { content: JSON.stringify(valid) },
    )
    const client = ctx.client()
    const first = await generateStructured({ client, messages, schema: Outline, schemaName: 'outline' })
    expect(first.ok).toBe(true)
    if (!first.ok) return
    expect(first.mode).toBe('json_object')
    expect(first.attempts).toBe(2)
    const sent = ctx.fake.requests[1].body
    expect(sent.response_format).toEqual({ type: 'json_object' })
    // The schema travels in the (single) system prompt instead.
    expect(sent.messages).toHaveLength(2)
    expect(sent.messages[0].role).toBe('system')
    expect(sent.messages[0].content).toContain('You write article outlines.')
    expect(sent.messages[0].content).toContain('"sections"')

    const second = await generateStructured({ client, messages, schema: Outline, schemaName: 'outline' })
    expect(second.ok && second.mode).toBe('json_object')
    expect(ctx.fake.requestCount).toBe(3) // no re-probe of json_schema
  })

  it('falls back to the schema in the prompt when json_schema and json_object are both rejected', async () => {
    ctx.fake.script((req) =>
      req.body.response_format
        ? { status: 400, body: errorBody(`'response_format.type' must be 'json_schema' or 'text'`) }
        : { content: '```json\n' + JSON.stringify(valid) + '\n```' },
    )
    const result = await generateStructured({
      client: ctx.client(),
      messages: [{ role: 'user', content: 'Outline sourdough.' }],
      schema: Outline,
      schemaName: 'outline',
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.mode).toBe('prompt')
    expect(result.attempts).toBe(3)
    const sent = ctx.fake.requests[2].body
    expect(sent.response_format).toBeUndefined()
    expect(sent.messages[0].role).toBe('system')
    expect(sent.messages[0].content).toMatch(/JSON Schema/)
  })

  it('does not walk the fallback chain for a 400 about something else', async () => {
    ctx.fake.script(() => ({ status: 400, body: errorBody("This model's maximum context length is 8192 tokens.", 'invalid_request_error', 'messages', 'context_length_exceeded') }))
    const result = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatchObject({ kind: 'http', status: 400 })
    expect(result.error.message).toContain('maximum context length')
    expect(ctx.fake.requestCount).toBe(1)
  })

  it('reports a schema strict mode cannot express as a config error without calling the server', async () => {
    const Loose = z.object({ title: z.string(), note: z.string().optional() })
    const result = await generateStructured({ client: ctx.client(), messages, schema: Loose, schemaName: 'loose' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.kind).toBe('config')
    expect(result.error.message).toMatch(/nullable/)
    expect(ctx.fake.requestCount).toBe(0)
  })

  it('works over a streamed response too', async () => {
    ctx.fake.script({ content: JSON.stringify(valid), usage: { prompt_tokens: 50, completion_tokens: 20, cached_tokens: 10 } })
    const deltas: string[] = []
    const result = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline', stream: true, onDelta: (d) => deltas.push(d) })
    expect(result.ok && result.data).toEqual(valid)
    expect(deltas.join('')).toBe(JSON.stringify(valid))
    expect(result.usage).toEqual({ promptTokens: 50, completionTokens: 20, cachedTokens: 10, totalTokens: 70 })
    expect(ctx.fake.requests[0].body.stream_options).toEqual({ include_usage: true })
  })
})
