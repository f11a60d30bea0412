import { briefContentChanged } from '../../../src/hooks/briefStaleHook.js'
import { changedFields, fieldHashesOf, valueHash } from '../../../src/pipeline/fingerprint.js'

describe('field fingerprints', () => {
  it('ignore what storage adds: row ids, nulls for unset sub-fields and key order', () => {
    const written = [{ answer: 'A', question: 'Q' }]
    const stored = [{ id: '65a1', question: 'Q', answer: 'A', note: null }]
    expect(valueHash(stored)).toBe(valueHash(written))
    expect(valueHash({ b: 1, a: { d: 2, c: 3 } })).toBe(valueHash({ a: { c: 3, d: 2 }, b: 1 }))
  })

  it('tell a changed value apart, and only for fields present in the saved data', () => {
    const article = { faq: [{ answer: 'A', question: 'Q' }], id: 1, introduction: { root: { children: [] } } }
    const hashes = fieldHashesOf(article, ['faq', 'introduction'])
    expect(changedFields(article, hashes)).toEqual([])
    expect(changedFields({ faq: [{ answer: 'B', question: 'Q' }] }, hashes)).toEqual(['faq'])
    expect(changedFields({ title: 'other' }, hashes)).toEqual([])
    expect(changedFields(article, null)).toEqual([])
  })
})

describe('brief content changes', () => {
  const brief = { generateOnSave: false, id: 1, kit: 3, title: 'T', tone: 'calm', topicalMap: 7, updatedAt: '2026-01-01' }

  it('ignore the kit, generate-on-save and timestamps', () => {
    expect(briefContentChanged({ ...brief, generateOnSave: true, kit: 4, updatedAt: '2026-02-02' }, brief)).toBe(false)
  })

  it('count any prompt field, and compare a populated relationship by its ID', () => {
    expect(briefContentChanged({ ...brief, tone: 'playful' }, brief)).toBe(true)
    expect(briefContentChanged({ ...brief, topicalMap: { id: 7, title: 'Map' } }, brief)).toBe(false)
    expect(briefContentChanged({ ...brief, topicalMap: { id: 8, title: 'Map' } }, brief)).toBe(true)
  })
})
