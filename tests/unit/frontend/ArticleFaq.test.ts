import { ArticleFaq } from '../../../src/frontend/ArticleFaq.js'
import { buildArticleJsonLd } from '../../../src/frontend/buildArticleJsonLd.js'
import { render, scriptTags } from './render.js'

const faq = [
  { answer: 'CI tests every change.\n\nCD keeps main releasable.', question: 'What is CI vs CD?' },
  { answer: '', question: 'An unanswered draft question?' },
  { answer: 'Never <b>raw</b> </script><script>alert(1)</script>', question: 'Is <script>alert(1)</script> text?' },
]

const questionsIn = (html: string) =>
  [...html.matchAll(/<h3 class="faq-question">(.*?)<\/h3>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  )

describe('ArticleFaq', () => {
  it('renders each complete question as an h3 with its answer paragraphs', () => {
    const html = render(ArticleFaq, { faq })
    expect(html).toContain('<h2 id="faq">Frequently asked questions</h2>')
    expect(html).toContain('<p class="faq-answer">CI tests every change.</p><p class="faq-answer">CD keeps main releasable.</p>')
    expect(html).not.toContain('An unanswered draft question?')
  })

  it('lists exactly the questions of the FAQPage JSON-LD', () => {
    const jsonLd = buildArticleJsonLd({ faq, slug: 'x', title: 'T' }, { articlePath: () => '/x', siteUrl: 'https://e.com' })
    const page = jsonLd['@graph'][1]!
    expect(questionsIn(render(ArticleFaq, { faq }))).toEqual(page.mainEntity.map((q) => q.name))
  })

  it('escapes markup in questions and answers', () => {
    const html = render(ArticleFaq, { faq })
    expect(scriptTags(html)).toHaveLength(0)
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('renders nothing for an empty FAQ', () => {
    expect(render(ArticleFaq, { faq: [] })).toBe('')
    expect(render(ArticleFaq, { faq: null })).toBe('')
  })
})
