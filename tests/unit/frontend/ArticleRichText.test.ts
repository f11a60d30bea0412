import { createElement } from 'react'

import { ArticleFigure } from '../../../src/frontend/ArticleFigure.js'
import { ArticleRichText } from '../../../src/frontend/ArticleRichText.js'
import { renderOncePerHeading } from '../../../src/frontend/placement.js'
import { heading, paragraph, richText } from '../../support/publishableArticle.js'
import { render, scriptTags } from './render.js'

const text = (value: string) => ({ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: value, version: 1 })
const element = { direction: 'ltr', format: '', indent: 0, version: 1 }

const codeBlock = (code: string, language: unknown) => ({
  type: 'block',
  fields: { id: 'c1', blockName: '', blockType: 'Code', code, language },
  format: '',
  version: 2,
})

const link = (fields: Record<string, unknown>, label = 'a link') => ({
  ...paragraph(''),
  children: [{ ...element, type: 'link', children: [text(label)], fields: { newTab: false, ...fields } }],
})

const internal = (value: unknown, relationTo = 'articles') => link({ doc: { relationTo, value }, linkType: 'internal' }, 'related')

describe('ArticleRichText', () => {
  it('renders headings, paragraphs and escaped text', () => {
    const html = render(ArticleRichText, {
      data: richText(heading('h2', 'Pipeline <stages>'), paragraph('Lint & test </script><script>x</script>'), heading('h3', 'Tools')),
    })
    expect(html).toBe(
      '<div class="payload-richtext"><h2>Pipeline &lt;stages&gt;</h2><p>Lint &amp; test &lt;/script&gt;&lt;script&gt;x&lt;/script&gt;</p><h3>Tools</h3></div>',
    )
    expect(scriptTags(html)).toHaveLength(0)
  })

  it('demotes an H1 (the title is the page H1)', () => {
    expect(render(ArticleRichText, { data: richText(heading('h1', 'Second title')) })).toContain('<h2>Second title</h2>')
  })

  it('renders the code block as pre/code with a language class', () => {
    const html = render(ArticleRichText, {
      data: richText(codeBlock('print("<hi>")\nexit()', 'python'), codeBlock('x', '" onclick="alert(1)'), codeBlock('y', undefined)),
    })
    expect(html).toContain('<pre><code class="language-python">print(&quot;&lt;hi&gt;&quot;)\nexit()</code></pre>')
    expect(html).toContain('<pre><code class="language-text">x</code></pre>')
    expect(html).toContain('<pre><code class="language-text">y</code></pre>')
    expect(html).not.toContain('onclick')
  })

  it('links to safe URLs and published articles only', () => {
    const html = render(ArticleRichText, {
      data: richText(
        link({ linkType: 'custom', url: 'https://example.com/a' }, 'external'),
        link({ linkType: 'custom', newTab: true, url: '/relative' }, 'new tab'),
        link({ linkType: 'custom', url: 'javascript:alert(1)' }, 'script'),
        link({ linkType: 'custom', url: ' JaVa\tScRiPt:alert(1)' }, 'hidden script'),
        internal({ _status: 'published', id: 2, slug: 'other-article' }),
        internal({ _status: 'draft', id: 3, slug: 'a-draft' }),
        internal(4),
        internal({ id: 5, slug: 'a-page' }, 'pages'),
      ),
    })
    expect(html).toContain('<a href="https://example.com/a">external</a>')
    expect(html).toContain('<a href="/relative" rel="noopener noreferrer" target="_blank">new tab</a>')
    expect(html).toContain('<p>script</p>')
    expect(html).toContain('<p>hidden script</p>')
    expect(html).toContain('<a href="/articles/other-article">related</a>')
    expect(html.match(/<a /g)).toHaveLength(3)
    expect(html.toLowerCase()).not.toContain('javascript')
  })

  it('uses the site article path for internal links', () => {
    const html = render(ArticleRichText, {
      articlePath: (a) => `/blog/${a.slug}`,
      data: richText(internal({ _status: 'published', slug: 'other' })),
    })
    expect(html).toContain('<a href="/blog/other">related</a>')
  })

  it('renders unknown nodes as their text, never as raw HTML', () => {
    const html = render(ArticleRichText, {
      data: richText(
        { ...element, type: 'mystery', children: [text('kept <text>')] },
        { type: 'html', html: '<img src=x onerror=alert(1)>', version: 1 },
        { type: 'block', fields: { blockType: 'Unknown', html: '<script>alert(1)</script>' }, version: 2 },
      ),
    })
    expect(html).toBe('<div class="payload-richtext">kept &lt;text&gt;</div>')
  })

  it('puts afterHeading content under the first heading it names', () => {
    const figures = new Map([['tools', [{ altText: 'A diagram', filename: 'd.png' }]]])
    const html = render(ArticleRichText, {
      afterHeading: renderOncePerHeading(figures, (items) => items.map((image, i) => createElement(ArticleFigure, { image, key: i }))),
      data: richText(heading('h2', 'Tools'), paragraph('p'), heading('h2', ' tools ')),
    })
    expect(html).toMatch(/^<div class="payload-richtext"><h2>Tools<\/h2><figure class="article-figure" data-filename="d.png"><img alt="A diagram"[^>]*\/><\/figure><p>p<\/p><h2> tools <\/h2><\/div>$/)
  })

  it('renders nothing for a value that is not rich text', () => {
    expect(render(ArticleRichText, { data: null })).toBe('')
    expect(render(ArticleRichText, { data: '<p>html</p>' })).toBe('')
  })
})
