import { describe, expect, it } from '@jest/globals'
import { zodResponseFormat } from 'openai/helpers/zod'

import { phaseHandlers } from '../../../src/phases/index.js'
import { jsonOutputKinds, phaseSchemas } from '../../../src/phases/schemas/index.js'
import { LITERAL_NUMBER, LITERAL_TEXT, schemaLiteralAnswer } from '../../support/schemaLiteralAnswer.js'
import { fakeContext } from './handlers/context.js'

/** Exactly the JSON Schema the LLM layer sends (src/llm/structuredFormat.ts). */
const sentSchema = (kind: (typeof jsonOutputKinds)[number]) =>
  zodResponseFormat(phaseSchemas[kind], kind).json_schema.schema as Record<string, unknown>

describe('schemaLiteralAnswer', () => {
  it('answers with every property, minimal arrays, bounded strings, minimum numbers and first enum values', () => {
    const schema = {
      type: 'object',
      properties: {
        list: { type: 'array', minItems: 3, maxItems: 5, items: { type: 'string', minLength: 30 } },
        free: { type: 'array', items: { type: 'string', maxLength: 7 } },
        none: { type: 'array', minItems: 0, maxItems: 0, items: { type: 'string' } },
        count: { type: 'integer', minimum: 100, maximum: 200 },
        plain: { type: 'number' },
        kind: { enum: ['b', 'a'] },
        fixed: { const: 'x' },
        maybe: { type: ['string', 'null'] },
        either: { anyOf: [{ type: 'null' }, { $ref: '#/$defs/flag' }] },
      },
      $defs: { flag: { type: 'boolean' } },
    }
    expect(schemaLiteralAnswer(schema)).toEqual({
      list: Array(3).fill(`${LITERAL_TEXT} ${LITERAL_TEXT}`.slice(0, 30)),
      free: [LITERAL_TEXT.slice(0, 7)],
      none: [],
      count: 100,
      plain: LITERAL_NUMBER,
      kind: 'b',
      fixed: 'x',
      maybe: LITERAL_TEXT,
      either: true,
    })
  })
})

/*
 * A model that honours only JSON Schema keywords (issue 12, item 6): what it answers from the schema a
 * phase sends must validate and map onto the article, or the whole kit fails at that phase.
 */
describe.each(jsonOutputKinds)('a schema-literal model answering %s', (kind) => {
  it('gives an answer the phase schema accepts', () => {
    const answer = schemaLiteralAnswer(sentSchema(kind))
    const result = phaseSchemas[kind].safeParse(answer)
    expect(result.error?.issues ?? []).toEqual([])
  })

  it('gives an answer the handler maps onto the article', async () => {
    const parsed = phaseSchemas[kind].parse(schemaLiteralAnswer(sentSchema(kind)))
    const mapped = await phaseHandlers[kind].toArticleData(parsed as never, await fakeContext())
    expect(Object.keys(mapped.data)).toEqual(phaseHandlers[kind].fields)
    expect(typeof phaseHandlers[kind].toPromptText(parsed as never)).toBe('string')
  })
})
