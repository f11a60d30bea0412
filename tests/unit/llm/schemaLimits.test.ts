import { describe, expect, it } from '@jest/globals'
import { z } from 'zod'

import { generateStructured, generateText } from '../../../src/llm/index.js'
import { errorBody, type RecordedRequest } from '../../support/fakeOpenAI.js'
import { schemaLiteralModel } from '../../support/fakeLiteralModel.js'
import { anthropicLayer, geminiLayer, schemaKeywords } from '../../support/fakeProviders.js'
import { useFakeOpenAI } from './harness.js'

const Outline = z.object({
  title: z.string().min(5).max(80).describe('The article title'),
  kind: z.literal('outline'),
  sections: z.array(z.object({ heading: z.string(), points: z.array(z.string()).max(3) })).min(2).max(4).describe('Sections in order'),
  totalWordTarget: z.number().int().min(100).max(20000),
})
const valid = {
  title: 'Sourdough basics',
  kind: 'outline',
  sections: [
    { heading: 'Starter', points: ['Feed daily'] },
    { heading: 'Bake', points: ['Hot oven'] },
  ],
  totalWordTarget: 1200,
}
const messages = [{ role: 'user' as const, content: 'Outline an article about sourdough.' }]
const sentSchema = (req: RecordedRequest) => req.body.response_format?.json_schema?.schema

describe('JSON Schema limits', () => {
  const ctx = useFakeOpenAI()

  it('sends the limits as JSON Schema keywords', async () => {
    ctx.fake.script({ content: JSON.stringify(valid) })
    await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline' })
    const schema = sentSchema(ctx.fake.requests[0])
    expect(schema.properties.sections).toMatchObject({ minItems: 2, maxItems: 4, description: 'Sections in order' })
    expect(schema.properties.totalWordTarget).toMatchObject({ minimum: 100, maximum: 20000 })
    expect(schema.properties.title).toMatchObject({ minLength: 5, maxLength: 80 })
  })

  it('drops the keywords a Gemini-style 400 names, retries, and remembers it for the next call', async () => {
    ctx.fake.script(geminiLayer(() => ({ content: JSON.stringify(valid) })))
    const logs: string[] = []
    const client = ctx.client()
    const first = await generateStructured({ client, messages, schema: Outline, schemaName: 'outline', log: (level, msg) => logs.push(`${level} ${msg}`) })
    expect(first.ok && [first.mode, first.attempts]).toEqual(['json_schema', 2])
    const retried = sentSchema(ctx.fake.requests[1])
    expect(schemaKeywords(retried).has('additionalProperties')).toBe(false)
    expect(schemaKeywords(retried).has('const')).toBe(false)
    expect(retried.properties.kind.description).toBe('(exactly "outline")')
    // Limits Gemini accepts stay keywords.
    expect(retried.properties.sections.maxItems).toBe(4)
    expect(logs).toEqual([expect.stringMatching(/^info .*rejected JSON Schema keyword\(s\) (additionalProperties, const|const, additionalProperties).*HTTP 400/)])

    const second = await generateStructured({ client, messages, schema: Outline, schemaName: 'outline' })
    expect(second.ok && second.attempts).toBe(1)
    expect(ctx.fake.requestCount).toBe(3)
  })

  it('moves limits a server rejects into the descriptions', async () => {
    ctx.fake.script(geminiLayer(() => ({ content: JSON.stringify(valid) }), ['additionalProperties', 'const', 'minItems', 'maxItems', 'minimum', 'maximum']))
    const result = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline' })
    expect(result.ok).toBe(true)
    const schema = sentSchema(ctx.fake.requests.at(-1)!)
    expect(schema.properties.sections.description).toBe('Sections in order (2–4 items)')
    expect(schema.properties.sections.items.properties.points.description).toBe('(at most 3 items)')
    expect(schema.properties.totalWordTarget.description).toBe('(between 100 and 20000)')
    expect(schema.properties.title).toMatchObject({ minLength: 5, maxLength: 80, description: 'The article title' })
  })

  it('drops all limit keywords when a schema 400 does not say which, before giving up json_schema', async () => {
    ctx.fake.script((req) => {
      const used = schemaKeywords(sentSchema(req) ?? {})
      return used.has('minItems') || used.has('maxLength') ? { status: 400, body: errorBody('Invalid JSON Schema: unsupported constraint') } : { content: JSON.stringify(valid) }
    })
    const result = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline' })
    expect(result.ok && [result.mode, result.attempts]).toEqual(['json_schema', 2])
    const used = schemaKeywords(sentSchema(ctx.fake.requests[1]))
    for (const keyword of ['minItems', 'maxItems', 'minimum', 'maximum', 'minLength', 'maxLength']) expect(used.has(keyword)).toBe(false)
    expect(used.has('additionalProperties')).toBe(true)
  })

  it('cuts lists longer than maxItems, nested ones too, but still fails lists that are too short', async () => {
    const long = {
      ...valid,
      sections: Array.from({ length: 6 }, (_, i) => ({ heading: `S${i}`, points: ['a', 'b', 'c', 'd', 'e'] })),
    }
    ctx.fake.script([{ content: JSON.stringify(long) }])
    const logs: string[] = []
    const cut = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline', log: (_l, msg) => logs.push(msg) })
    expect(cut.ok).toBe(true)
    if (!cut.ok) return
    expect(cut.data.sections.map((s) => s.heading)).toEqual(['S0', 'S1', 'S2', 'S3'])
    expect(cut.data.sections.map((s) => s.points)).toEqual(Array(4).fill(['a', 'b', 'c']))
    expect(cut.attempts).toBe(1)
    expect(logs[0]).toMatch(/sections: 6 → 4 items/)

    ctx.fake.script(() => ({ content: JSON.stringify({ ...valid, sections: [valid.sections[0]] }) }))
    const short = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline', maxRepairs: 0 })
    expect(!short.ok && short.validationErrors).toEqual([expect.stringMatching(/^sections: /)])
  })

  it("parses an Anthropic-style answer: response_format ignored, JSON in prose and a ```json fence", async () => {
    ctx.fake.script(anthropicLayer(() => ({ content: JSON.stringify(valid) })))
    const result = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline' })
    expect(result.ok && result.data).toEqual(valid)
    expect(result.ok && result.raw).toMatch(/^Here is the JSON you asked for:\n\n```json\n\{/)
    expect(result.attempts).toBe(1)
  })

  it('succeeds with a model that follows only the JSON Schema keywords', async () => {
    ctx.fake.script(schemaLiteralModel())
    const result = await generateStructured({ client: ctx.client(), messages, schema: Outline, schemaName: 'outline' })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.totalWordTarget).toBe(100)
    expect(result.data.sections.length).toBe(2)
    const text = await generateText({ client: ctx.client(), messages })
    expect(text.ok && text.text.split('\n\n').length).toBe(3)
  })
})
