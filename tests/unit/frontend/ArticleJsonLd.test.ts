import { ArticleJsonLd } from '../../../src/frontend/ArticleJsonLd.js'
import { buildArticleJsonLd } from '../../../src/frontend/buildArticleJsonLd.js'
import { render, scriptTags } from './render.js'

const attack = '</script><script>alert(1)</script>'

const hostile = buildArticleJsonLd(
  {
    faq: [{ answer: `Answer ${attack} <!-- & more`, question: `Question ${attack}?` }],
    meta: { description: `Description ${attack}` },
    slug: 'x',
    title: `Title ${attack}\u2028`,
  },
  { articlePath: (a) => `/articles/${a.slug}`, authorName: `Eve ${attack}`, siteUrl: 'https://example.com' },
)

describe('ArticleJsonLd', () => {
  it('renders one script tag that no article text can close', () => {
    const html = render(ArticleJsonLd, { data: hostile })
    expect(scriptTags(html)).toHaveLength(1)
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true)
    expect(html.match(/<\/script>/gi)).toHaveLength(1)
    expect(html.endsWith('</script>')).toBe(true)
    expect(html).not.toContain('</script><script>')
    expect(html).not.toContain('<!--')
  })

  it('parses back to the same structured data', () => {
    const html = render(ArticleJsonLd, { data: hostile })
    const body = html.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '')
    expect(JSON.parse(body)).toEqual(hostile)
  })

  it('renders nothing without data and passes a CSP nonce', () => {
    expect(render(ArticleJsonLd, { data: null })).toBe('')
    expect(render(ArticleJsonLd, { data: 'a string' })).toBe('')
    expect(render(ArticleJsonLd, { data: { a: 1 }, nonce: 'n0nce' })).toContain('nonce="n0nce"')
  })
})
