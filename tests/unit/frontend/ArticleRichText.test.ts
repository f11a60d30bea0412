import { createElement } from 'react'

import { ArticleRichText } from '../../../src/frontend/ArticleRichText.js'
import { renderOncePerHeading } from '../../../src/frontend/placement.js'
import { heading, paragraph, richText } from '../../support/publishableArticle.js'
import { renderAsync, scriptTags } from './render.js'

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
  it('renders headings, paragraphs and escaped text', async () => {
    const html = await renderAsync(ArticleRichText, {
      data: richText(heading('h2', 'Pipeline <stages>'), paragraph('Lint & test </script><script>x</script>'), heading('h3', 'Tools')),
    })
    expect(html).toBe(
      '<div class="payload-richtext"><h2 id="pipeline-stages">Pipeline &lt;stages&gt;</h2><p>Lint &amp; test &lt;/script&gt;&lt;script&gt;x&lt;/script&gt;</p><h3 id="tools">Tools</h3></div>',
    )
    expect(scriptTags(html)).toHaveLength(0)
  })

  it('demotes an H1 (the title is the page H1)', async () => {
    expect(await renderAsync(ArticleRichText, { data: richText(heading('h1', 'Second title')) })).toContain('<h2 id="second-title">Second title</h2>')
  })

  it('renders the code block highlighted, with token classes and no inline styles', async () => {
    const html = await renderAsync(ArticleRichText, {
      data: richText(codeBlock('def hi():\n    print("<hi>")  # greet', 'python')),
    })
    expect(html).toMatch(/^<div class="payload-richtext"><pre class="ppk-code" data-language="python"><code class="language-python">/)
    expect(html).toContain('<span class="ppk-tok-keyword">def</span>')
    expect(html).toContain('<span class="ppk-tok-function">hi</span>')
    expect(html).toContain('<span class="ppk-tok-string">&quot;&lt;hi&gt;&quot;</span>')
    expect(html).toContain('<span class="ppk-tok-comment"># greet</span>')
    expect(html).not.toContain('style=')
    // The code itself is unchanged: tags stripped and entities decoded give the stored text back.
    const text = html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    expect(text).toBe('def hi():\n    print("<hi>")  # greet')
  })

  it('renders unknown and unsafe languages as plain text', async () => {
    const html = await renderAsync(ArticleRichText, {
      data: richText(codeBlock('x <y>', '" onclick="alert(1)'), codeBlock('y', undefined), codeBlock('z', 'cobol')),
    })
    expect(html).toContain('<pre class="ppk-code" data-language="text"><code class="language-text">x &lt;y&gt;</code></pre>')
    expect(html).toContain('<pre class="ppk-code" data-language="text"><code class="language-text">y</code></pre>')
    expect(html).toContain('<pre class="ppk-code" data-language="cobol"><code class="language-cobol">z</code></pre>')
    expect(html).not.toContain('onclick')
  })

  it('gives headings the ids it is handed, else unique slugs of their text', async () => {
    const data = richText(heading('h2', 'Tools'), heading('h3', 'Tools'), heading('h2', 'Zürich & CI'))
    expect(await renderAsync(ArticleRichText, { data })).toContain(
      '<h2 id="tools">Tools</h2><h3 id="tools-2">Tools</h3><h2 id="zurich-ci">Zürich &amp; CI</h2>',
    )
    expect(await renderAsync(ArticleRichText, { data, headingIds: ['a', 'b', 'c'] })).toContain(
      '<h2 id="a">Tools</h2><h3 id="b">Tools</h3><h2 id="c">Zürich &amp; CI</h2>',
    )
  })

  it('links to safe URLs and published articles only', async () => {
    const html = await renderAsync(ArticleRichText, {
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

  it('uses the site article path for internal links', async () => {
    const html = await renderAsync(ArticleRichText, {
      articlePath: (a) => `/blog/${a.slug}`,
      data: richText(internal({ _status: 'published', slug: 'other' })),
    })
    expect(html).toContain('<a href="/blog/other">related</a>')
  })

  it('renders unknown nodes as their text, never as raw HTML', async () => {
    const html = await renderAsync(ArticleRichText, {
      data: richText(
        { ...element, type: 'mystery', children: [text('kept <text>')] },
        { type: 'html', html: '<img src=x onerror=alert(1)>', version: 1 },
        { type: 'block', fields: { blockType: 'Unknown', html: '<script>alert(1)</script>' }, version: 2 },
      ),
    })
    expect(html).toBe('<div class="payload-richtext">kept &lt;text&gt;</div>')
  })

  it('puts afterHeading content under the first heading it names', async () => {
    const figures = new Map([['tools', [{ altText: 'A diagram', filename: 'd.png' }]]])
    const html = await renderAsync(ArticleRichText, {
      afterHeading: renderOncePerHeading(figures, (items) => items.map((image, i) => createElement('aside', { key: i }, image.altText))),
      data: richText(heading('h2', 'Tools'), paragraph('p'), heading('h2', ' tools ')),
    })
    expect(html).toMatch(/^<div class="payload-richtext"><h2 id="tools">Tools<\/h2><aside>A diagram<\/aside><p>p<\/p><h2 id="tools-2"> tools <\/h2><\/div>$/)
  })

  it('renders nothing for a value that is not rich text', async () => {
    expect(await renderAsync(ArticleRichText, { data: null })).toBe('')
    expect(await renderAsync(ArticleRichText, { data: '<p>html</p>' })).toBe('')
  })
})
