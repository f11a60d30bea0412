import { articleLinks, checkInternalLinks } from '../../../src/gate/checks/internalLinks.js'
import { linkParagraph, paragraph, richText } from '../../support/publishableArticle.js'
import { gateArticle } from './article.js'

describe('checkInternalLinks', () => {
  const article = gateArticle({
    body: richText(paragraph('Text.'), linkParagraph('see the pillar', 'pages', 'p1')),
    internalLinks: [
      { anchorText: 'CI basics', article: 7 },
      { anchorText: 'CD basics', article: { id: 8, title: 'populated' } },
    ],
  })
  const links = articleLinks(article, 'articles')

  it('collects the internalLinks rows and the rich text links', () => {
    expect(links).toEqual([
      { path: 'internalLinks.0.article', target: { collection: 'articles', id: 7 }, text: 'CI basics' },
      { path: 'internalLinks.1.article', target: { collection: 'articles', id: 8 }, text: 'CD basics' },
      { path: 'body', target: { collection: 'pages', id: 'p1' }, text: 'see the pillar' },
    ])
  })

  it('passes when every target is published, and with no links at all', () => {
    expect(checkInternalLinks(links, new Set(['articles:7', 'articles:8', 'pages:p1']))[0]).toMatchObject({
      id: 'internal-links-published',
      ok: true,
    })
    expect(checkInternalLinks([], new Set())[0]!.ok).toBe(true)
  })

  it('fails for each unpublished, missing or target-less link, naming them', () => {
    const dangling = { path: 'conclusion', text: 'gone' }
    const [result] = checkInternalLinks([...links, dangling], new Set(['articles:8']))
    expect(result).toMatchObject({ ok: false, path: 'internalLinks.0.article', severity: 'error' })
    expect(result!.message).toMatch(/^3 of 4 internal links/)
    expect(result!.message).toMatch(/"CI basics" \(articles:7, in internalLinks\.0\.article\)/)
    expect(result!.message).toMatch(/"see the pillar" \(pages:p1, in body\)/)
    expect(result!.message).toMatch(/"gone" \(no target, in conclusion\)/)
  })

  it('compares IDs as text, so string and number IDs match', () => {
    const [result] = checkInternalLinks(
      [{ path: 'x', target: { collection: 'articles', id: '7' }, text: 'a' }],
      new Set(['articles:7']),
    )
    expect(result!.ok).toBe(true)
  })
})
