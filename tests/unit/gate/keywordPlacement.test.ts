import { checkKeywordPlacement } from '../../../src/gate/checks/keywordPlacement.js'
import { containsKeyword, firstWords } from '../../../src/gate/keyword.js'
import { heading, paragraph, publishableKeyword, richText } from '../../support/publishableArticle.js'
import { byId, gateArticle } from './article.js'

describe('containsKeyword', () => {
  it.each([
    ['CI vs CD explained', 'ci vs cd', true],
    ['CI versus CDs', 'ci vs cd', true],
    ['a decision', 'ci', false],
    ['anything', '', false],
    [null, 'ci', false],
  ])('%j contains %j: %s', (text, keyword, expected) => expect(containsKeyword(text, keyword)).toBe(expected))
})

describe('firstWords', () => {
  it('takes the first n words', () => expect(firstWords(' a  b\nc d ', 3)).toBe('a b c'))
})

describe('checkKeywordPlacement', () => {
  const check = (overrides: Record<string, unknown> = {}, keyword: null | string = publishableKeyword) =>
    checkKeywordPlacement(gateArticle(overrides), keyword)

  it('passes when the keyword is in the title, meta title, meta description, opening and an H2', () => {
    const results = check()
    expect(results.map((r) => [r.id, r.ok, r.severity])).toEqual([
      ['keyword-in-title', true, 'error'],
      ['keyword-in-meta-title', true, 'warning'],
      ['keyword-in-meta-description', true, 'error'],
      ['keyword-in-opening', true, 'error'],
      ['keyword-in-h2', true, 'error'],
    ])
    expect(byId(results, 'keyword-in-h2').message).toBe(
      'The H2 "CI vs CD in a Python project" contains the primary keyword "CI vs CD".',
    )
  })

  it("accepts the seed's title for its keyword and says how it matched", () => {
    const title = byId(
      check({ title: 'CI vs CD: What Python developers need to know' }, 'ci vs cd python'),
      'keyword-in-title',
    )
    expect(title).toMatchObject({ ok: true, path: 'title' })
    expect(title.message).toBe(
      'The title "CI vs CD: What Python developers need to know" contains the words of the primary keyword ' +
        '"ci vs cd python" ("CI vs CD: What Python").',
    )
  })

  it('fails a title that lacks a content word and names it', () => {
    const title = byId(check({ title: 'CD pipelines in Python' }, 'ci vs cd python'), 'keyword-in-title')
    expect(title).toMatchObject({ ok: false, severity: 'error' })
    expect(title.message).toBe(
      'The title "CD pipelines in Python" does not contain the primary keyword "ci vs cd python": "ci" is missing. ' +
        'Use the keyword, or its words in any order within 7 words ("vs", "for", "the"… optional).',
    )
  })

  it('says when the words are there but too far apart', () => {
    const title = byId(check({ title: 'CI first, then a long and winding road to CD' }), 'keyword-in-title')
    expect(title.ok).toBe(false)
    expect(title.message).toMatch(/: its words are more than 6 words apart\./)
  })

  it('warns (without blocking) when the meta title lacks the keyword', () => {
    const metaTitle = byId(check({ meta: { description: 'CI vs CD.', title: '' } }), 'keyword-in-meta-title')
    expect(metaTitle).toMatchObject({ ok: false, path: 'meta.title', severity: 'warning' })
    expect(metaTitle.message).toMatch(
      /^The meta title \(empty\) does not contain the primary keyword "CI vs CD": "ci" and "cd" are missing\./,
    )
  })

  it('treats a keyword without words like no keyword', () => {
    expect(check({}, ' – ').map((r) => r.id)).toEqual(['primary-keyword'])
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
    expect(result.message).toBe(
      'None of the 1 H2 headings contains the primary keyword "CI vs CD", or its words within 6 words.',
    )
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
