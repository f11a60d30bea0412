import type { JsonLdFaqPageNode } from '../../../src/frontend/buildArticleJsonLd.js'

import { buildArticleJsonLd, HEADLINE_MAX, truncateHeadline } from '../../../src/frontend/buildArticleJsonLd.js'

const site = {
  articlePath: (article: { slug?: null | string }) => `/blog/${article.slug}`,
  siteUrl: 'https://example.com',
}

const article = {
  faq: [
    { answer: 'Continuous integration merges often.', question: 'What is CI?' },
    { answer: 'Continuous delivery keeps main releasable.', question: 'What is CD?' },
  ],
  meta: { description: 'CI and CD compared, with examples.' },
  publishedAt: '2024-03-01T09:00:00.000Z',
  slug: 'ci-vs-cd',
  title: 'CI vs CD: what is the difference?',
  updatedAt: new Date('2024-04-02T10:30:00.000Z'),
}

const faqPage = (ld: ReturnType<typeof buildArticleJsonLd>) => ld['@graph'][1] as JsonLdFaqPageNode

describe('buildArticleJsonLd', () => {
  it('builds the Article node from the article fields', () => {
    const ld = buildArticleJsonLd(article, { ...site, authorName: 'Ada Lovelace', imageUrl: 'https://cdn.example.com/a.png' })
    expect(ld['@context']).toBe('https://schema.org')
    expect(ld['@graph'][0]).toEqual({
      '@type': 'Article',
      author: { '@type': 'Person', name: 'Ada Lovelace' },
      dateModified: '2024-04-02T10:30:00.000Z',
      datePublished: '2024-03-01T09:00:00.000Z',
      description: 'CI and CD compared, with examples.',
      headline: 'CI vs CD: what is the difference?',
      image: 'https://cdn.example.com/a.png',
      mainEntityOfPage: { '@id': 'https://example.com/blog/ci-vs-cd', '@type': 'WebPage' },
    })
  })

  it('builds the canonical URL from siteUrl and articlePath, with exactly one slash between', () => {
    for (const siteUrl of ['https://example.com', 'https://example.com/']) {
      for (const articlePath of [() => '/a/b', () => 'a/b']) {
        const ld = buildArticleJsonLd(article, { articlePath, siteUrl })
        expect(ld['@graph'][0].mainEntityOfPage['@id']).toBe('https://example.com/a/b')
      }
    }
    const passed: unknown[] = []
    buildArticleJsonLd(article, { articlePath: (a) => (passed.push(a), '/x'), siteUrl: 'https://example.com' })
    expect(passed).toEqual([{ slug: 'ci-vs-cd' }])
  })

  it('mirrors the FAQ into FAQPage exactly and in order', () => {
    const ld = buildArticleJsonLd(article, site)
    expect(ld['@graph']).toHaveLength(2)
    const page = faqPage(ld)
    expect(page['@type']).toBe('FAQPage')
    expect(page.mainEntity).toEqual([
      { '@type': 'Question', acceptedAnswer: { '@type': 'Answer', text: 'Continuous integration merges often.' }, name: 'What is CI?' },
      { '@type': 'Question', acceptedAnswer: { '@type': 'Answer', text: 'Continuous delivery keeps main releasable.' }, name: 'What is CD?' },
    ])
    expect(page.mainEntity.map((q) => ({ answer: q.acceptedAnswer.text, question: q.name }))).toEqual(article.faq)
  })

  it('keeps FAQ text verbatim (escaping is left to serialisation)', () => {
    const faq = [{ answer: '  a & b < c  ', question: '<b>Why?</b>\u2028' }]
    const page = faqPage(buildArticleJsonLd({ ...article, faq }, site))
    expect(page.mainEntity[0]!.name).toBe(faq[0]!.question)
    expect(page.mainEntity[0]!.acceptedAnswer.text).toBe(faq[0]!.answer)
  })

  it('has no FAQPage when the FAQ is empty or missing', () => {
    for (const faq of [[], null, undefined]) {
      const ld = buildArticleJsonLd({ ...article, faq }, site)
      expect(ld['@graph']).toHaveLength(1)
      expect(ld['@graph'][0]['@type']).toBe('Article')
    }
  })

  it('leaves out draft FAQ rows without a question or an answer', () => {
    const faq = [{ answer: 'A', question: '' }, { answer: null, question: 'Q?' }, { answer: 'Yes.', question: 'Kept?' }]
    expect(faqPage(buildArticleJsonLd({ ...article, faq }, site)).mainEntity.map((q) => q.name)).toEqual(['Kept?'])
    const none = buildArticleJsonLd({ ...article, faq: faq.slice(0, 2) }, site)
    expect(none['@graph']).toHaveLength(1)
  })

  it('leaves out the author when the name is unknown', () => {
    for (const authorName of [undefined, null, '', '   ']) {
      expect(buildArticleJsonLd(article, { ...site, authorName })['@graph'][0]).not.toHaveProperty('author')
    }
  })

  it('leaves out empty description, dates and image', () => {
    const node = buildArticleJsonLd({ slug: 's', title: 'T' }, site)['@graph'][0]
    expect(node).toEqual({
      '@type': 'Article',
      headline: 'T',
      mainEntityOfPage: { '@id': 'https://example.com/blog/s', '@type': 'WebPage' },
    })
    const invalid = buildArticleJsonLd({ ...article, meta: { description: '' }, publishedAt: 'not a date' }, site)['@graph'][0]
    expect(invalid).not.toHaveProperty('description')
    expect(invalid).not.toHaveProperty('datePublished')
  })

  it('makes a root-relative image absolute and drops one that is not a URL', () => {
    const image = (imageUrl: string) => buildArticleJsonLd(article, { ...site, imageUrl })['@graph'][0].image
    expect(image('/api/media/file/a.png')).toBe('https://example.com/api/media/file/a.png')
    expect(image('http://cdn.example.com/a.png')).toBe('http://cdn.example.com/a.png')
    expect(image('a.png')).toBeUndefined()
    expect(image('//evil.example/a.png')).toBeUndefined()
  })

  it('limits the headline to 110 characters', () => {
    const long = `${'word '.repeat(40)}end`
    const headline = buildArticleJsonLd({ ...article, title: long }, site)['@graph'][0].headline
    expect(Array.from(headline).length).toBeLessThanOrEqual(HEADLINE_MAX)
    expect(headline.endsWith('…')).toBe(true)
    expect(long.startsWith(headline.slice(0, -1))).toBe(true)
    const exact = 'x'.repeat(HEADLINE_MAX)
    expect(truncateHeadline(exact)).toBe(exact)
  })

  it('never cuts a headline through a surrogate pair', () => {
    const headline = truncateHeadline('😀'.repeat(200))
    expect(Array.from(headline)).toHaveLength(HEADLINE_MAX)
    expect(headline).toBe(`${'😀'.repeat(HEADLINE_MAX - 1)}…`)
  })
})
