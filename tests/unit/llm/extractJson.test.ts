import { describe, expect, it } from '@jest/globals'

import { extractJson } from '../../../src/llm/index.js'

describe('extractJson', () => {
  it('parses plain JSON', () => {
    expect(extractJson(' {"a": 1} ')).toEqual({ ok: true, value: { a: 1 } })
    expect(extractJson('[1, 2]')).toEqual({ ok: true, value: [1, 2] })
  })

  it('prefers a ```json fenced block', () => {
    expect(extractJson('Sure:\n```json\n{"a": {"b": [1]}}\n```\nMore text {"c": 2}')).toEqual({ ok: true, value: { a: { b: [1] } } })
    expect(extractJson('```\n{"a": 1}\n```')).toEqual({ ok: true, value: { a: 1 } })
  })

  it('finds the first balanced object or array in prose, ignoring braces inside strings', () => {
    expect(extractJson('Answer: {"text": "a } and { inside", "n": [1, {"x": 2}]} hope that helps')).toEqual({
      ok: true,
      value: { text: 'a } and { inside', n: [1, { x: 2 }] },
    })
    expect(extractJson('use {curly} then {"a": 1}')).toEqual({ ok: true, value: { a: 1 } })
  })

  it('skips <think> blocks of reasoning models', () => {
    expect(extractJson('<think>maybe {"a": 0}</think>\n{"a": 1}')).toEqual({ ok: true, value: { a: 1 } })
  })

  it('says why when there is no JSON', () => {
    expect(extractJson('')).toEqual({ ok: false, reason: 'the reply was empty' })
    expect(extractJson('no json here').ok).toBe(false)
    expect(extractJson('{"a": 1').ok).toBe(false)
  })
})
