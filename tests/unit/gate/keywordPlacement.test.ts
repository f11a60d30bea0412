import { checkKeywordPlacement } from '../../../src/gate/checks/keywordPlacement.js'
import { containsKeyword, firstWords } from '../../../src/gate/keyword.js'
import { heading, paragraph, publishableKeyword, richText } from '../../support/publishableArticle.js'
import { byId, gateArticle } from './article.js'

describe('containsKeyword', () => {
  it.each([
    ['CI vs CD explained', 'ci vs cd'],
    ['What is  CI\n vs\tCD?', 'CI VS CD'],
    ['(ci vs cd)', ' ci   vs cd '],
    ['Ünïcode Straße', 'straße'],
  ])('finds the keyword in %j', (text, keyword) => expect(containsKeyword(text, keyword)).toBe(true))

  it.each([
    ['a decision', 'ci'],
    ['CI vs CDs', 'ci vs cd'],
    ['CI versus CD', 'ci vs cd'],
    ['anything', ''],
    [null, 'ci'],
  ])('does not find it in %j (keyword %j)', (text, keyword) =>
    expect(containsKeyword(text, keyword)).toBe(false),
  )

  it('treats regular-expression characters literally', () => {
    expect(containsKeyword('Learn C++ today', 'c++')).toBe(true)
    expect(containsKeyword('Learn Cxx today', 'c.+')).toBe(false)
  })
})

describe('firstWords', () => {
  it('takes the first n words', () => expect(firstWords(' a  b\nc d ', 3)).toBe('a b c'))
})

describe('checkKeywordPlacement', () => {
  const check = (overrides: Record<string, unknown> = {}, keyword: null | string = publishableKeyword) =>
    checkKeywordPlacement(gateArticle(overrides), keyword)

  it('passes when the keyword is in the title, meta description, opening and an H2', () => {
    const results = check()
    expect(results.map((r) => [r.id, r.ok])).toEqual([
      ['keyword-in-title', true],
      ['keyword-in-meta-description', true],
      ['keyword-in-opening', true],
      ['keyword-in-h2', true],
    ])
  })

  it('fails without a primary keyword', () => {
    expect(check({}, '  ')).toEqual([
      expect.objectContaining({ id: 'primary-keyword', ok: false, path: 'brief' }),
    ])
    expect(check({}, null)[0]!.ok).toBe(false)
  })

  it('fails a title without the keyword', () => {
    expect(byId(check({ title: 'Continuous things for Python' }), 'keyword-in-title')).toMatchObject({
      ok: false,
      path: 'title',
    })
  })

  it('fails a meta description without the keyword', () => {
    const results = check({ meta: { description: 'Nothing relevant here.', title: 'x' } })
    expect(byId(results, 'keyword-in-meta-description')).toMatchObject({
      ok: false,
      path: 'meta.description',
    })
  })

  it('finds the keyword in the first 100 words of introduction then body, and not after', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ')
    const at = (introWords: number, bodyWords: number) =>
      byId(
        check({
          body: richText(paragraph(`${words(bodyWords)} CI vs CD`), heading('h2', 'CI vs CD')),
          introduction: richText(paragraph(words(introWords))),
        }),
        'keyword-in-opening',
      ).ok
    // Keyword starts at word 98 → inside; at word 101 → outside.
    expect(at(60, 37)).toBe(true)
    expect(at(60, 40)).toBe(false)
    expect(at(100, 0)).toBe(false)
  })

  it('fails when no H2 contains the keyword, even if an H3 does', () => {
    const body = richText(heading('h2', 'Basics'), heading('h3', 'CI vs CD'))
    const result = byId(check({ body }), 'keyword-in-h2')
    expect(result).toMatchObject({ ok: false, severity: 'error' })
    expect(result.message).toMatch(/None of the 1 H2 headings/)
    expect(byId(check({ body: richText(paragraph('No headings.')) }), 'keyword-in-h2').message).toMatch(
      /no H2 heading/,
    )
  })

  it('accepts the keyword in an H2 of the conclusion', () => {
    const results = check({
      body: richText(heading('h2', 'Basics')),
      conclusion: richText(heading('h2', 'CI vs CD, decided')),
    })
    expect(byId(results, 'keyword-in-h2').ok).toBe(true)
  })
})
