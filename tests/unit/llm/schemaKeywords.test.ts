import { describe, expect, it } from '@jest/globals'

import { keywordsNamedIn, withoutKeywords } from '../../../src/llm/schemaKeywords.js'
import { truncateLists } from '../../../src/llm/truncateLists.js'

const schema = {
  type: 'object',
  properties: {
    // Property names that look like keywords are data, never dropped.
    minimum: { type: 'integer', minimum: 1, maximum: 5 },
    format: { type: 'string', enum: ['a', 'b'] },
    tags: { anyOf: [{ type: 'array', items: { $ref: '#/$defs/tag' }, maxItems: 2 }, { type: 'null' }] },
  },
  $defs: { tag: { type: 'string', maxLength: 10 } },
  required: ['minimum', 'format', 'tags'],
  additionalProperties: false,
}

describe('schema keywords', () => {
  it('finds the keywords an error names, quoted or unmistakable, and only those the schema uses', () => {
    expect(keywordsNamedIn('Invalid JSON payload received. Unknown name "additionalProperties" at x', schema)).toEqual(['additionalProperties'])
    expect(keywordsNamedIn("keyword 'enum' is not supported", schema)).toEqual(['enum'])
    expect(keywordsNamedIn('maxItems not allowed', schema)).toEqual(['maxItems'])
    // "format" as a plain word (response_format, a bad format) is not the keyword.
    expect(keywordsNamedIn("Invalid 'response_format': bad format", schema)).toEqual([])
    expect(keywordsNamedIn('Unknown name "minItems"', schema)).toEqual([])
  })

  it('drops keywords into descriptions and keeps properties with keyword-like names', () => {
    const stripped = withoutKeywords(schema, new Set(['minimum', 'maximum', 'maxItems', 'maxLength', 'enum', 'additionalProperties'])) as any
    expect(Object.keys(stripped.properties)).toEqual(['minimum', 'format', 'tags'])
    expect(stripped.properties.minimum).toEqual({ type: 'integer', description: '(between 1 and 5)' })
    expect(stripped.properties.format).toEqual({ type: 'string', description: '(one of "a", "b")' })
    expect(stripped.properties.tags.anyOf[0].description).toBe('(at most 2 items)')
    expect(stripped.$defs.tag.description).toBe('(at most 10 characters)')
    expect('additionalProperties' in stripped).toBe(false)
    expect(schema.properties.minimum.maximum).toBe(5) // the original is untouched
  })

  it('cuts lists through nullable unions and $refs', () => {
    const value = { minimum: 1, format: 'a', tags: ['x', 'y', 'z'] }
    expect(truncateLists(value, schema)).toEqual(['tags: 3 → 2 items'])
    expect(value.tags).toEqual(['x', 'y'])
    expect(truncateLists({ minimum: 1, format: 'a', tags: null }, schema)).toEqual([])
  })
})
