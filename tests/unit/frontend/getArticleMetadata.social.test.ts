import type { Metadata } from 'next'

import { getArticleMetadata, OG_CARD_SIZE } from '../../../src/frontend/getArticleMetadata.js'
import { twitterHandle } from '../../../src/frontend/jsonLd/handles.js'
import { articleOgImagePath } from '../../../src/frontend/og/ogImagePath.js'

const siteUrl = 'https://blog.example.com'
const settings = {
  defaultAuthor: { name: 'Default Writer', sameAs: [{ url: 'https://twitter.com/default_writer' }] },
  defaultOgImage: { alt: 'Blog banner', height: 630, url: '/api/media/file/banner.png', width: 1200 },
  locale: 'en_US',
  publisherName: 'Prompt Kit Blog Ltd',
  siteName: 'Prompt Kit Blog',
  twitterHandle: 'pkblog',
}
const author = {
  name: 'Maya Lindqvist',
  sameAs: [{ url: 'https://github.com/maya' }, { url: 'https://x.com/maya_l' }],
  url: 'https://blog.example.com/team/maya',
}
const article = {
  author,
  meta: { description: 'CI and CD compared.', title: 'CI vs CD for Python' },
  slug: 'ci-vs-cd',
  title: 'CI vs CD: What Python Developers Need to Know',
  updatedAt: '2026-11-20T10:30:00.000Z',
}
const ogImagePath = articleOgImagePath()

describe('getArticleMetadata with site settings and the Open Graph card', () => {
  it('sets og:site_name, og:locale, twitter:site and twitter:creator', () => {
    const metadata = getArticleMetadata(article, { ogImagePath, settings, siteUrl })
    expect(metadata.openGraph).toMatchObject({ authors: ['https://blog.example.com/team/maya'], locale: 'en_US', siteName: 'Prompt Kit Blog' })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', creator: '@maya_l', site: '@pkblog' })
  })

  it('points og:image and twitter:image at the 1200×630 card, with alt text naming title, author and site', () => {
    const metadata = getArticleMetadata(article, { ogImagePath, settings, siteUrl })
    const card = {
      alt: '“CI vs CD for Python” by Maya Lindqvist on Prompt Kit Blog',
      height: 630,
      url: `https://blog.example.com/articles/ci-vs-cd/og-image?v=${Math.floor(Date.parse(article.updatedAt) / 1000).toString(36)}`,
      width: 1200,
    }
    expect(OG_CARD_SIZE).toEqual({ height: 630, width: 1200 })
    expect(metadata.openGraph.images).toEqual([card])
    expect(metadata.twitter.images).toEqual([card])
  })

  it('prefers the article’s own image, with its size when the upload has one', () => {
    const own = { alt: 'Pipeline diagram', height: 800, url: '/api/media/file/own.png', width: 1600 }
    const metadata = getArticleMetadata({ ...article, meta: { ...article.meta, image: own } }, { ogImagePath, settings, siteUrl })
    expect(metadata.openGraph.images).toEqual([{ ...own, url: 'https://blog.example.com/api/media/file/own.png' }])
  })

  it('falls back to the default image without a card route, and to the default author’s handle', () => {
    const metadata = getArticleMetadata({ ...article, author: 12 }, { settings, siteUrl })
    expect(metadata.openGraph.images).toEqual([{ alt: 'Blog banner', height: 630, url: 'https://blog.example.com/api/media/file/banner.png', width: 1200 }])
    expect(metadata.twitter.creator).toBe('@default_writer')
  })

  it('uses the site handle as creator when the author has none, and leaves tags out without settings', () => {
    expect(getArticleMetadata({ ...article, author: { name: 'No Handle' } }, { settings, siteUrl }).twitter.creator).toBe('@pkblog')
    const bare = getArticleMetadata({ slug: 'x', title: 'X' }, { siteUrl })
    expect([bare.openGraph.siteName, bare.openGraph.locale, bare.twitter.site, bare.twitter.creator, bare.openGraph.authors]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })

  it('is assignable to Next.js Metadata', () => {
    const metadata: Metadata = getArticleMetadata(article, { ogImagePath, settings, siteUrl })
    expect(metadata.openGraph).toBeDefined()
  })
})

describe('twitterHandle', () => {
  it('reads handles from names and x.com / twitter.com profile URLs only', () => {
    expect(['pkblog', '@pkblog', 'https://x.com/pkblog', 'https://twitter.com/@pkblog/', 'https://www.x.com/pkblog?lang=en'].map(twitterHandle)).toEqual(
      Array(5).fill('@pkblog'),
    )
    for (const value of ['', 'https://x.com/intent/tweet', 'https://x.com/a/status/1', 'not a handle!', 'https://evil.example/x.com/a', null]) {
      expect(twitterHandle(value)).toBeUndefined()
    }
  })
})

describe('articleOgImagePath', () => {
  it('appends /og-image to the article path, versioned by the last change', () => {
    const path = articleOgImagePath((a) => `/blog/${a.slug}/`)
    expect(path({ slug: 's' })).toBe('/blog/s/og-image')
    expect(path({ slug: 's', updatedAt: new Date(36_000) })).toBe('/blog/s/og-image?v=10')
    expect(path({ slug: 's', updatedAt: 'garbage' })).toBe('/blog/s/og-image')
  })
})
