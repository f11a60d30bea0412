import { checkFaq } from '../../../src/gate/checks/faq.js'
import { publishableFaq } from '../../support/publishableArticle.js'
import { byId, gateArticle } from './article.js'

const faqPage = (pairs: Array<{ answer: string; question: string }>) => ({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'Article', headline: 'x' },
    {
      '@type': 'FAQPage',
      mainEntity: pairs.map((p) => ({
        '@type': 'Question',
        acceptedAnswer: { '@type': 'Answer', text: p.answer },
        name: p.question,
      })),
    },
  ],
})

describe('checkFaq', () => {
  it('passes a non-empty FAQ that equals the FAQPage in the JSON-LD', () => {
    expect(checkFaq(gateArticle()).map((r) => [r.id, r.ok])).toEqual([
      ['faq-present', true],
      ['faq-json-ld', true],
    ])
  })

  it('fails an empty FAQ', () => {
    expect(byId(checkFaq(gateArticle({ faq: [] })), 'faq-present')).toMatchObject({
      ok: false,
      path: 'faq',
      severity: 'error',
    })
    // Rows without an answer do not count.
    expect(byId(checkFaq(gateArticle({ faq: [{ answer: ' ', question: 'Q?' }] })), 'faq-present').ok).toBe(
      false,
    )
  })

  it('fails when the JSON-LD has no FAQPage', () => {
    const result = byId(
      checkFaq(gateArticle({ jsonLd: { '@graph': [{ '@type': 'Article' }] } })),
      'faq-json-ld',
    )
    expect(result).toMatchObject({ ok: false, severity: 'error' })
    expect(result.message).toMatch(/no FAQPage for the 2 FAQ questions/)
    expect(byId(checkFaq(gateArticle({ jsonLd: null })), 'faq-json-ld').ok).toBe(false)
  })

  it('fails when the FAQPage has other questions, a different count, or different answers', () => {
    const [first, second] = publishableFaq as [(typeof publishableFaq)[0], (typeof publishableFaq)[0]]
    const check = (pairs: typeof publishableFaq) =>
      byId(checkFaq(gateArticle({ jsonLd: faqPage(pairs) })), 'faq-json-ld')
    expect(check([first, second]).ok).toBe(true)
    expect(check([first]).message).toMatch(/has 1 questions; the FAQ has 2/)
    expect(check([second, first]).message).toMatch(/Question 1 of the FAQ differs/)
    expect(check([first, { ...second, answer: 'Changed.' }]).message).toMatch(/Question 2/)
  })

  it('fails a FAQPage left behind when the FAQ is empty', () => {
    expect(byId(checkFaq(gateArticle({ faq: [], jsonLd: faqPage(publishableFaq) })), 'faq-json-ld').ok).toBe(
      false,
    )
  })
})
