import { ArticleFaq } from '../../../src/frontend/ArticleFaq.js'
import { buildArticleJsonLd } from '../../../src/frontend/buildArticleJsonLd.js'
import { render, scriptTags } from './render.js'

const faq = [
  { answer: 'CI tests every change.\n\nCD keeps main releasable.', question: 'What is CI vs CD?' },
  { answer: '', question: 'An unanswered draft question?' },
  { answer: 'Never <b>raw</b> </script><script>alert(1)</script>', question: 'Is <script>alert(1)</script> text?' },
]

const questionsIn = (html: string) =>
  [...html.matchAll(/<summary><h3 class="ppk-faq-question">(.*?)<\/h3><\/summary>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  )

describe('ArticleFaq', () => {
  it('renders each complete question as a closed disclosure widget: the h3 in its summary, the answer paragraphs after', () => {
    const html = render(ArticleFaq, { faq })
    expect(html).toMatch(/^<section aria-labelledby="faq" class="ppk-faq"><h2 id="faq">Frequently asked questions<\/h2><details class="ppk-faq-item">/)
    expect(html).toContain(
      '<details class="ppk-faq-item"><summary><h3 class="ppk-faq-question">What is CI vs CD?</h3></summary><div class="ppk-faq-answer"><p>CI tests every change.</p><p>CD keeps main releasable.</p></div></details>',
    )
    expect(html.match(/<details /g)).toHaveLength(2)
    expect(html).not.toContain(' open')
    expect(html).not.toContain('An unanswered draft question?')
  })

  it('lists exactly the questions of the FAQPage JSON-LD', () => {
    const jsonLd = buildArticleJsonLd({ faq, slug: 'x', title: 'T' }, { articlePath: () => '/x', siteUrl: 'https://e.com' })
    const page = jsonLd['@graph'].find((node) => node['@type'] === 'FAQPage') as { mainEntity: Array<{ name: string }> }
    expect(questionsIn(render(ArticleFaq, { faq }))).toEqual(page.mainEntity.map((q) => q.name))
    expect(questionsIn(render(ArticleFaq, { faq }))).toHaveLength(2)
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
