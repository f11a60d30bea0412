import { ArticleEvidence } from '../../../src/frontend/ArticleEvidence.js'
import { buildArticleJsonLd } from '../../../src/frontend/buildArticleJsonLd.js'
import { eeatItemProblems, isPublishableEeatItem, publishableEeat } from '../../../src/frontend/publishableEeat.js'
import { render } from './render.js'

const quote = {
  attribution: 'Jez Humble, co-author of Continuous Delivery',
  kind: 'quote',
  sourceUrl: 'https://continuousdelivery.com/',
  text: 'Continuous delivery is the ability to get changes into production safely and quickly.',
  verified: true,
}
const study = {
  attribution: 'DORA, 2024',
  kind: 'study',
  sourceUrl: 'https://dora.dev/research/2024/',
  text: 'Accelerate State of DevOps 2024 — elite teams deploy on demand.',
  verified: true,
}
const experience = { kind: 'experience', text: 'Moving to CI halved our failed releases.', verified: true }

/** One of each kind that must stay off the page, with the reason it is held back. */
const heldBack = [
  { ...quote, text: 'An unverified suggestion for the editor.', verified: false },
  { ...quote, sourceUrl: null, text: 'A verified quote nobody can follow to its source.' },
  { ...quote, attribution: '[Name], Lead engineer at [Company]', text: 'A suggested quote with a placeholder speaker.' },
  { ...study, sourceUrl: 'javascript:alert(1)', text: 'A study behind a script URL.' },
  { ...experience, text: 'In [X] weeks we cut failures by [Y]%.' },
  { ...experience, text: 'An experience note nobody checked.', verified: undefined },
]
const ledger = [quote, ...heldBack, study, experience]

describe('isPublishableEeatItem', () => {
  it('accepts verified, complete items of each kind', () => {
    expect([quote, study, experience].map(isPublishableEeatItem)).toEqual([true, true, true])
  })

  it('names every reason an item is held back', () => {
    expect(heldBack.map(eeatItemProblems)).toEqual([
      ['not-verified'],
      ['no-source-url'],
      ['placeholder'],
      ['no-source-url'],
      ['placeholder'],
      ['not-verified'],
    ])
    expect(eeatItemProblems({ kind: 'quote', text: 'x', verified: true })).toEqual(['no-source-url', 'no-attribution'])
    expect(eeatItemProblems({ kind: 'rumour', text: 'x', verified: true })).toEqual(['unknown-kind'])
    expect(eeatItemProblems(null)).toEqual(['unknown-kind'])
  })

  it('keeps the ledger order and drops the rest', () => {
    expect(publishableEeat(ledger)).toEqual([quote, study, experience])
    expect(publishableEeat(null)).toEqual([])
    expect(publishableEeat([null, undefined, quote])).toEqual([quote])
  })
})

describe('ArticleEvidence', () => {
  it('renders only verified, complete items: an attributed quote, a sourced study, an experience note', () => {
    const html = render(ArticleEvidence, { items: ledger })
    expect(html).toBe(
      '<figure class="eeat-quote"><blockquote cite="https://continuousdelivery.com/"><p>Continuous delivery is the ability to get changes into production safely and quickly.</p></blockquote>' +
        '<figcaption>— <a href="https://continuousdelivery.com/">Jez Humble, co-author of Continuous Delivery</a></figcaption></figure>' +
        '<aside class="eeat-study"><p>Accelerate State of DevOps 2024 — elite teams deploy on demand.</p>' +
        '<p class="eeat-source">Source: <cite><a href="https://dora.dev/research/2024/">DORA, 2024</a></cite></p></aside>' +
        '<aside class="eeat-experience"><p>Moving to CI halved our failed releases.</p></aside>',
    )
    for (const item of heldBack) expect(html).not.toContain(item.text)
    expect(html).not.toContain('javascript:')
  })

  it('renders nothing when no item qualifies', () => {
    expect(render(ArticleEvidence, { items: heldBack })).toBe('')
    expect(render(ArticleEvidence, { items: undefined })).toBe('')
  })
})

describe('E-E-A-T in the JSON-LD', () => {
  const options = { articlePath: () => '/articles/x', siteUrl: 'https://example.com' }

  it('cites the shown quotes and studies with their source URLs, and nothing held back', () => {
    const graph = buildArticleJsonLd({ eeat: ledger, slug: 'x', title: 'CI vs CD' }, options)['@graph']
    expect(graph[0].citation).toEqual([
      { '@type': 'CreativeWork', author: quote.attribution, name: quote.text, url: quote.sourceUrl },
      { '@type': 'CreativeWork', author: study.attribution, name: study.text, url: study.sourceUrl },
    ])
    expect(JSON.stringify(graph)).not.toMatch(/unverified suggestion|\[Name\]|javascript:|nobody/)
  })

  it('leaves citation out when nothing may be shown', () => {
    const graph = buildArticleJsonLd({ eeat: heldBack, slug: 'x', title: 'CI vs CD' }, options)['@graph']
    expect('citation' in graph[0]).toBe(false)
  })
})
