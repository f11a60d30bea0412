import { articleLinks, checkInternalLinks } from '../../../src/gate/checks/internalLinks.js'
import { linkFate } from '../../../src/frontend/linkRule.js'
import { linkParagraph, paragraph, richText } from '../../support/publishableArticle.js'
import { byId, gateArticle } from './article.js'

describe('checkInternalLinks', () => {
  const article = gateArticle({
    body: richText(paragraph('Text.'), linkParagraph('see the pillar', 'pages', 'p1')),
    internalLinks: [
      { anchorText: 'CI basics', article: 7 },
      { anchorText: 'CD basics', article: { id: 8, title: 'populated' } },
    ],
  })
  const links = articleLinks(article, 'articles')

  it('collects the internalLinks rows and the rich text links, with where each is written', () => {
    expect(links).toEqual([
      {
        path: 'internalLinks.0.article',
        source: 'internalLinks',
        target: { collection: 'articles', id: 7 },
        text: 'CI basics',
      },
      {
        path: 'internalLinks.1.article',
        source: 'internalLinks',
        target: { collection: 'articles', id: 8 },
        text: 'CD basics',
      },
      { path: 'body', source: 'richText', target: { collection: 'pages', id: 'p1' }, text: 'see the pillar' },
    ])
  })

  it('passes when every target is published, and with no links at all', () => {
    const results = checkInternalLinks(links, new Set(['articles:7', 'articles:8', 'pages:p1']))
    expect(results.map((r) => [r.id, r.ok, r.severity])).toEqual([
      ['internal-links-published', true, 'error'],
      ['internal-links-target', true, 'error'],
      ['internal-links-waiting', true, 'warning'],
    ])
    expect(checkInternalLinks([], new Set()).every((r) => r.ok)).toBe(true)
  })

  it('lets rows to unpublished articles wait (a warning), naming them', () => {
    const results = checkInternalLinks(links, new Set(['pages:p1']))
    expect(byId(results, 'internal-links-published').ok).toBe(true)
    expect(byId(results, 'internal-links-target').ok).toBe(true)
    const waiting = byId(results, 'internal-links-waiting')
    expect(waiting).toMatchObject({ ok: false, path: 'internalLinks.0.article', severity: 'warning' })
    expect(waiting.message).toMatch(/^2 links wait for their targets to be published/)
    expect(waiting.message).toMatch(/"CI basics" \(articles:7, in internalLinks\.0\.article\)/)
  })

  it('fails for rich-text links to unpublished or missing documents and for rows without a target', () => {
    const dangling = { path: 'conclusion', source: 'richText' as const, text: 'gone' }
    const targetless = { path: 'internalLinks.2.article', source: 'internalLinks' as const, text: 'nowhere' }
    const results = checkInternalLinks([...links, dangling, targetless], new Set(['articles:8']))
    const inText = byId(results, 'internal-links-published')
    expect(inText).toMatchObject({ ok: false, path: 'body', severity: 'error' })
    expect(inText.message).toMatch(/^2 of 2 links in the text/)
    expect(inText.message).toMatch(/"see the pillar" \(pages:p1, in body\)/)
    expect(inText.message).toMatch(/"gone" \(no target, in conclusion\)/)
    expect(byId(results, 'internal-links-target')).toMatchObject({
      ok: false,
      path: 'internalLinks.2.article',
      severity: 'error',
    })
    expect(byId(results, 'internal-links-waiting').message).toMatch(/^1 link waits for its target/)
  })

  it('compares IDs as text, so string and number IDs match', () => {
    const [result] = checkInternalLinks(
      [{ path: 'x', source: 'richText', target: { collection: 'articles', id: '7' }, text: 'a' }],
      new Set(['articles:7']),
    )
    expect(result!.ok).toBe(true)
  })
})

describe('linkFate (shared by the renderer and the gate)', () => {
  it.each([
    ['internalLinks', 'published', 'rendered'],
    ['internalLinks', 'unpublished', 'waiting'],
    ['internalLinks', 'missing', 'dead'],
    ['richText', 'published', 'rendered'],
    ['richText', 'unpublished', 'dead'],
    ['richText', 'missing', 'dead'],
  ] as const)('%s to a %s target → %s', (source, target, fate) => {
    expect(linkFate(source, target)).toBe(fate)
  })
})
