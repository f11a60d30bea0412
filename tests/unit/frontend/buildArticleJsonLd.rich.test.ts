import type { JsonLdBreadcrumbListNode } from '../../../src/frontend/buildArticleJsonLd.js'

import { buildArticleJsonLd, buildArticlePageJsonLd } from '../../../src/frontend/buildArticleJsonLd.js'

const siteUrl = 'https://blog.example.com'
const articlePath = (article: { slug?: null | string }) => `/articles/${article.slug}`

const article = {
  faq: [{ answer: 'CI merges and tests every change.', question: 'What is CI?' }],
  meta: { description: 'CI and CD compared for Python teams.' },
  publishedAt: '2026-11-01T08:00:00.000Z',
  slug: 'ci-vs-cd',
  title: 'CI vs CD: What Python Developers Need to Know',
  updatedAt: '2026-11-20T10:30:00.000Z',
}

const author = {
  bio: 'Builds CI/CD pipelines for Python teams.',
  image: { alt: 'Portrait', height: 400, url: '/api/media/file/maya.png', width: 400 },
  name: 'Maya Lindqvist',
  role: 'Senior Python engineer',
  sameAs: [{ url: 'https://github.com/maya' }, { url: 'javascript:alert(1)' }, { url: 'https://x.com/maya' }, { url: 'https://github.com/maya' }],
  url: 'https://blog.example.com/team/maya',
}

const settings = {
  defaultAuthor: { name: 'Default Writer' },
  defaultOgImage: { url: '/api/media/file/default.png' },
  locale: 'en_US',
  publisherLogo: { height: 512, url: '/api/media/file/logo.png', width: 512 },
  publisherName: 'Prompt Kit Blog Ltd',
  publisherUrl: 'https://example.org',
  sameAs: [{ url: 'https://github.com/prompt-kit-blog' }],
  siteName: 'Prompt Kit Blog',
  twitterHandle: '@pkblog',
}

const node = (options: Partial<Parameters<typeof buildArticleJsonLd>[1]> = {}, input: Record<string, unknown> = article) =>
  buildArticleJsonLd(input, { articlePath, siteUrl, ...options })['@graph'][0]

describe('buildArticleJsonLd: author, publisher and images', () => {
  it('describes the author as a Person with url, sameAs, jobTitle, description and an absolute image', () => {
    expect(node({ author }).author).toEqual({
      '@type': 'Person',
      description: 'Builds CI/CD pipelines for Python teams.',
      image: 'https://blog.example.com/api/media/file/maya.png',
      jobTitle: 'Senior Python engineer',
      name: 'Maya Lindqvist',
      sameAs: ['https://github.com/maya', 'https://x.com/maya'],
      url: 'https://blog.example.com/team/maya',
    })
  })

  it('takes a populated author from the article, never an ID, and falls back name → site default author', () => {
    expect(node({}, { ...article, author: { email: 'maya@example.com', name: 'Maya' } }).author).toEqual({ '@type': 'Person', name: 'Maya' })
    expect(node({}, { ...article, author: 7 }).author).toBeUndefined()
    expect(node({ authorName: 'Ada', settings }, { ...article, author: 7 }).author).toEqual({ '@type': 'Person', name: 'Ada' })
    expect(node({ settings }).author).toEqual({ '@type': 'Person', name: 'Default Writer' })
    // An email is never a name: a nameless author is left out.
    expect(node({ author: { name: '  ', url: 'https://x.example' } }).author).toBeUndefined()
  })

  it('describes the publisher as an Organization with an ImageObject logo and sameAs', () => {
    expect(node({ settings }).publisher).toEqual({
      '@type': 'Organization',
      logo: { '@type': 'ImageObject', height: 512, url: 'https://blog.example.com/api/media/file/logo.png', width: 512 },
      name: 'Prompt Kit Blog Ltd',
      sameAs: ['https://github.com/prompt-kit-blog'],
      url: 'https://example.org',
    })
    // Without a publisher name the site name publishes; without URLs the site's origin is its URL.
    expect(node({ settings: { siteName: 'Only a site' } }).publisher).toEqual({ '@type': 'Organization', name: 'Only a site', url: siteUrl })
    expect(node({ settings: {} }).publisher).toBeUndefined()
    expect(node().publisher).toBeUndefined()
  })

  it('lists the card (or the own image) first, then the hero; one image stays a string', () => {
    const card = '/articles/ci-vs-cd/og-image?v=1'
    expect(node({ heroImageUrl: '/api/media/file/hero.png', ogCardUrl: card }).image).toEqual([
      'https://blog.example.com/articles/ci-vs-cd/og-image?v=1',
      'https://blog.example.com/api/media/file/hero.png',
    ])
    expect(node({ imageUrl: 'https://cdn.example.com/own.png', ogCardUrl: card }).image).toBe('https://cdn.example.com/own.png')
    expect(node({ ogCardUrl: card }).image).toBe('https://blog.example.com/articles/ci-vs-cd/og-image?v=1')
    expect(node({ settings }).image).toBe('https://blog.example.com/api/media/file/default.png')
    expect(node({ heroImageUrl: card, ogCardUrl: card }).image).toBe('https://blog.example.com/articles/ci-vs-cd/og-image?v=1')
    expect(node({ ogCardUrl: 'not a url' }).image).toBeUndefined()
  })

  it('keeps dates, headline and mainEntityOfPage', () => {
    expect(node({ author, settings })).toMatchObject({
      dateModified: '2026-11-20T10:30:00.000Z',
      datePublished: '2026-11-01T08:00:00.000Z',
      description: 'CI and CD compared for Python teams.',
      headline: article.title,
      mainEntityOfPage: { '@id': 'https://blog.example.com/articles/ci-vs-cd', '@type': 'WebPage' },
    })
  })

  it('keeps author and publisher text verbatim (escaping is serialisation’s job)', () => {
    const hostile = '</script><script>alert(1)</script>'
    const built = node({ author: { name: hostile, role: hostile }, settings: { publisherName: hostile } })
    expect(built.author).toEqual({ '@type': 'Person', jobTitle: hostile, name: hostile })
    expect(built.publisher?.name).toBe(hostile)
  })
})

describe('buildArticlePageJsonLd', () => {
  it('adds a BreadcrumbList after the Article and FAQPage: the trail, then the article', () => {
    const ld = buildArticlePageJsonLd(article, {
      articlePath,
      breadcrumbs: [
        { name: 'Home', path: '/' },
        { name: 'CI/CD for Python: the complete guide', path: '/articles/ci-cd-python' },
      ],
      settings,
      siteUrl,
    })
    expect(ld['@graph'].map((n) => n['@type'])).toEqual(['Article', 'FAQPage', 'BreadcrumbList'])
    expect(ld['@graph'][2] as JsonLdBreadcrumbListNode).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', item: 'https://blog.example.com/', name: 'Home', position: 1 },
        { '@type': 'ListItem', item: 'https://blog.example.com/articles/ci-cd-python', name: 'CI/CD for Python: the complete guide', position: 2 },
        { '@type': 'ListItem', item: 'https://blog.example.com/articles/ci-vs-cd', name: article.title, position: 3 },
      ],
    })
  })

  it('has Home → article without a pillar, and no FAQPage without questions', () => {
    const ld = buildArticlePageJsonLd({ ...article, faq: [] }, { articlePath, breadcrumbs: [{ name: 'Home', path: '/' }], siteUrl })
    expect(ld['@graph'].map((n) => n['@type'])).toEqual(['Article', 'BreadcrumbList'])
    expect((ld['@graph'][1] as JsonLdBreadcrumbListNode).itemListElement.map((item) => item.name)).toEqual(['Home', article.title])
  })
})
