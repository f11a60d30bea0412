import { checkMetaLength } from '../../../src/gate/checks/metaLength.js'
import { byId, chars, gateArticle } from './article.js'

const run = (meta: Record<string, unknown>) => checkMetaLength(gateArticle({ meta }))
const desc = chars(150)
const title = chars(57)

describe('checkMetaLength', () => {
  it('passes lengths within the targets, with no warning', () => {
    const results = run({ description: desc, title })
    expect(results.every((r) => r.ok)).toBe(true)
    expect(results.map((r) => r.id)).toEqual([
      'meta-title-length',
      'meta-title-target',
      'meta-description-length',
      'meta-description-target',
    ])
  })

  it.each([30, 54, 60])('accepts a %i-character title', (n) => {
    expect(byId(run({ description: desc, title: chars(n) }), 'meta-title-length').ok).toBe(true)
  })

  it.each([0, 29, 61])('rejects a %i-character title as an error, with no extra target warning', (n) => {
    const results = run({ description: desc, title: chars(n) })
    expect(byId(results, 'meta-title-length')).toMatchObject({
      ok: false,
      path: 'meta.title',
      severity: 'error',
    })
    expect(results.find((r) => r.id === 'meta-title-target')).toBeUndefined()
  })

  it('says a missing title is missing', () => {
    expect(byId(run({ description: desc, title: null }), 'meta-title-length').message).toMatch(
      /Meta title is missing/,
    )
  })

  it.each([30, 54])('warns (without failing) when a %i-character title misses the 55–60 target', (n) => {
    const results = run({ description: desc, title: chars(n) })
    expect(byId(results, 'meta-title-target')).toMatchObject({ ok: false, severity: 'warning' })
    expect(byId(results, 'meta-title-target').message).toMatch(/55–60 is ideal/)
  })

  it.each([55, 60])('has no warning for a %i-character title', (n) => {
    expect(byId(run({ description: desc, title: chars(n) }), 'meta-title-target').ok).toBe(true)
  })

  it.each([70, 147, 156, 160])('accepts a %i-character description, warning off target', (n) => {
    const results = run({ description: chars(n), title })
    expect(byId(results, 'meta-description-length').ok).toBe(true)
    expect(byId(results, 'meta-description-target')).toMatchObject({ ok: false, severity: 'warning' })
  })

  it.each([148, 155])('has no warning for a %i-character description', (n) => {
    expect(byId(run({ description: chars(n), title }), 'meta-description-target').ok).toBe(true)
  })

  it.each([0, 69, 161])('rejects a %i-character description', (n) => {
    expect(byId(run({ description: chars(n), title }), 'meta-description-length')).toMatchObject({
      ok: false,
      path: 'meta.description',
      severity: 'error',
    })
  })

  it('counts characters, not UTF-16 units, and ignores surrounding whitespace', () => {
    // 30 emoji are 60 UTF-16 units but 30 characters.
    expect(byId(run({ description: desc, title: chars(30, '😀') }), 'meta-title-length').ok).toBe(true)
    expect(byId(run({ description: desc, title: `   ${chars(29)}   ` }), 'meta-title-length').ok).toBe(false)
  })
})
