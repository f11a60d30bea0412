import type { Metadata } from 'next'

import { getArticleMetadata } from '../../../src/frontend/getArticleMetadata.js'

const siteUrl = 'https://example.com'

const complete = {
  meta: {
    description: 'How CI and CD differ for Python teams, and how to set both up with GitHub Actions.',
    image: 'https://cdn.example.com/ci-vs-cd.png',
    imageAlt: 'A pipeline diagram with build, test and deploy stages',
    ogDescription: 'CI or CD first? A practical answer for Python teams.',
    ogTitle: 'CI vs CD, explained for Python',
    title: 'CI vs CD for Python: Differences and Tools',
  },
  publishedAt: '2025-01-02T03:04:05.000Z',
  slug: 'ci-vs-cd',
  title: 'CI vs CD: What Python Developers Need to Know',
  updatedAt: new Date('2025-02-03T04:05:06.000Z'),
}

describe('getArticleMetadata', () => {
  it('fills every tag from a complete article', () => {
    const metadata = getArticleMetadata(complete, { siteUrl })
    expect(metadata).toEqual({
      alternates: { canonical: 'https://example.com/articles/ci-vs-cd' },
      description: complete.meta.description,
      openGraph: {
        description: complete.meta.ogDescription,
        images: [{ alt: complete.meta.imageAlt, url: complete.meta.image }],
        modifiedTime: '2025-02-03T04:05:06.000Z',
        publishedTime: '2025-01-02T03:04:05.000Z',
        title: complete.meta.ogTitle,
        type: 'article',
        url: 'https://example.com/articles/ci-vs-cd',
      },
      title: complete.meta.title,
      twitter: {
        card: 'summary_large_image',
        description: complete.meta.ogDescription,
        images: [{ alt: complete.meta.imageAlt, url: complete.meta.image }],
        title: complete.meta.ogTitle,
      },
    })
  })

  it('is assignable to Next.js Metadata', () => {
    const metadata: Metadata = getArticleMetadata(complete, { siteUrl })
    expect(metadata.title).toBe(complete.meta.title)
  })

  it('builds the canonical URL with the site path and no double slash', () => {
    const metadata = getArticleMetadata(complete, {
      articlePath: (article) => `/blog/${article.slug}/`,
      siteUrl: 'https://example.com/',
    })
    expect(metadata.alternates.canonical).toBe('https://example.com/blog/ci-vs-cd/')
    expect(metadata.openGraph.url).toBe(metadata.alternates.canonical)
  })

  it('falls back Open Graph → meta → article title', () => {
    const noOg = getArticleMetadata({ ...complete, meta: { ...complete.meta, ogDescription: '', ogTitle: null } }, { siteUrl })
    expect(noOg.openGraph.title).toBe(complete.meta.title)
    expect(noOg.openGraph.description).toBe(complete.meta.description)
    expect(noOg.twitter.title).toBe(complete.meta.title)

    const noMeta = getArticleMetadata({ slug: 'x', title: '  Only a title  ' }, { siteUrl })
    expect(noMeta.title).toBe('Only a title')
    expect(noMeta.openGraph.title).toBe('Only a title')
    expect(noMeta.description).toBeUndefined()
    expect(noMeta.openGraph.description).toBeUndefined()
    expect(noMeta.openGraph.images).toBeUndefined()
    expect(noMeta.twitter.card).toBe('summary')
  })

  it('takes the image from an upload, makes it absolute and falls back for its alt text', () => {
    const upload = getArticleMetadata(
      { ...complete, meta: { ...complete.meta, image: { alt: 'Upload alt', url: '/api/media/file/a.png' }, imageAlt: null } },
      { siteUrl },
    )
    expect(upload.openGraph.images).toEqual([{ alt: 'Upload alt', url: 'https://example.com/api/media/file/a.png' }])

    const noAlt = getArticleMetadata({ ...complete, meta: { ...complete.meta, imageAlt: '' } }, { siteUrl })
    expect(noAlt.openGraph.images?.[0]?.alt).toBe(complete.meta.ogTitle)
  })

  it('leaves out an image it cannot turn into a URL', () => {
    for (const image of [42, 'not-a-url', 'javascript:alert(1)', { url: null }]) {
      const metadata = getArticleMetadata({ ...complete, meta: { ...complete.meta, image } }, { siteUrl })
      expect(metadata.openGraph.images).toBeUndefined()
      expect(metadata.twitter.card).toBe('summary')
    }
  })

  it('drops invalid dates', () => {
    const metadata = getArticleMetadata({ ...complete, publishedAt: 'soon', updatedAt: null }, { siteUrl })
    expect(metadata.openGraph.publishedTime).toBeUndefined()
    expect(metadata.openGraph.modifiedTime).toBeUndefined()
  })
})
