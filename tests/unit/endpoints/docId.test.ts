import type { Payload } from 'payload'

import { checkDocId, malformedDocId, parseDocId } from '../../../src/endpoints/docId.js'

/** Just what docId.ts reads of a Payload instance: the adapter and each collection's custom ID type. */
const payloadOn = (db: 'mongoose' | 'postgres' | 'sqlite', customIDType?: 'number' | 'text') =>
  ({
    collections: { articles: { customIDType } },
    db: { defaultIDType: db === 'mongoose' ? 'text' : 'number', name: db },
  }) as unknown as Payload

describe('document IDs by database', () => {
  it.each(['sqlite', 'postgres'] as const)(
    'on %s, IDs are integers: "1.5" and "abc" say so, "12" is 12',
    (db) => {
      const payload = payloadOn(db)
      expect(checkDocId(payload, 'articles', ' 12 ')).toEqual({ id: 12, ok: true })
      expect(malformedDocId(payload, 'articles', '1.5')).toBe('must be an integer, got "1.5"')
      expect(malformedDocId(payload, 'articles', 'abc')).toBe('must be an integer, got "abc"')
      expect(malformedDocId(payload, 'articles', 1.5)).toBe('must be an integer, got "1.5"')
      expect(parseDocId(payload, 'articles', '1.5')).toBeUndefined()
    },
  )

  it('on SQL, an integer too large for any ID is well-formed but names nothing (a lookup answers 404)', () => {
    const payload = payloadOn('postgres')
    expect(checkDocId(payload, 'articles', '99999999999999999999')).toEqual({
      expected: 'existing',
      ok: false,
    })
    expect(malformedDocId(payload, 'articles', '99999999999999999999')).toBeUndefined()
  })

  it('on MongoDB, IDs are ObjectIds: anything else says so', () => {
    const payload = payloadOn('mongoose')
    expect(checkDocId(payload, 'articles', '0123456789abcdef01234567')).toEqual({
      id: '0123456789abcdef01234567',
      ok: true,
    })
    expect(malformedDocId(payload, 'articles', '1.5')).toBe(
      'must be a 24-character hexadecimal ObjectId, got "1.5"',
    )
    expect(malformedDocId(payload, 'articles', 12)).toMatch(/^must be a 24-character hexadecimal ObjectId/)
  })

  it("follows a collection's custom ID type: any text, or integers even on MongoDB", () => {
    expect(checkDocId(payloadOn('postgres', 'text'), 'articles', 'my-slug')).toEqual({
      id: 'my-slug',
      ok: true,
    })
    expect(malformedDocId(payloadOn('mongoose', 'number'), 'articles', 'abc')).toBe(
      'must be an integer, got "abc"',
    )
  })

  it('refuses an empty ID on every database, quoting only a short excerpt of a long one', () => {
    expect(malformedDocId(payloadOn('sqlite'), 'articles', '  ')).toBe('must be a non-empty ID, got "  "')
    expect(malformedDocId(payloadOn('sqlite'), 'articles', 'x'.repeat(5000))!.length).toBeLessThan(100)
  })
})
