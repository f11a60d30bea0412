import { buildArticleJsonLd } from '../../../src/frontend/buildArticleJsonLd.js'
import { serializeJsonLd } from '../../../src/frontend/serializeJsonLd.js'

const attack = '</script><script>alert(1)</script>'

const hostile = buildArticleJsonLd(
  {
    faq: [{ answer: `Because ${attack} & <!-- also\u2029this`, question: `Why ${attack}?\u2028` }],
    meta: { description: `A & B > C <!--` },
    slug: 'x',
    title: `Title ${attack}\u2028 & more`,
  },
  { articlePath: () => '/a?x=1&y=<2>', authorName: `Eve ${attack}`, siteUrl: 'https://example.com' },
)

describe('serializeJsonLd', () => {
  it('leaves no character that could close or confuse a <script> tag', () => {
    const out = serializeJsonLd(hostile)
    expect(out).not.toMatch(/[<>&\u2028\u2029]/)
    expect(out.toLowerCase()).not.toContain('</script')
    expect(out).toContain('\\u003c/script\\u003e')
    expect(out).toContain('\\u0026')
    expect(out).toContain('\\u2028')
    expect(out).toContain('\\u2029')
  })

  it('parses back to the same value', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile)
    const plain = { a: [1, 'two', null, true], b: { c: 'ü 😀 "quoted" \\ back' } }
    expect(JSON.parse(serializeJsonLd(plain))).toEqual(plain)
    expect(serializeJsonLd(plain)).toBe(JSON.stringify(plain))
  })

  it('escapes keys as well as values', () => {
    const value = { '<key>': '&' }
    const out = serializeJsonLd(value)
    expect(out).toBe('{"\\u003ckey\\u003e":"\\u0026"}')
    expect(JSON.parse(out)).toEqual(value)
  })

  it('rejects a value JSON cannot represent', () => {
    expect(() => serializeJsonLd(undefined)).toThrow(TypeError)
  })
})
