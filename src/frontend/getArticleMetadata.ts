import type { ArticlePath } from './articlePath.js'
import type { OgImagePath } from './og/ogImagePath.js'
import type { AuthorInput, SiteSettingsInput } from './jsonLd/inputs.js'

import { defaultArticlePath } from './articlePath.js'
import { authorTwitterHandle, twitterHandle } from './jsonLd/handles.js'
import { authorDoc } from './jsonLd/inputs.js'
import { httpUrlOf, isoDate, joinUrl, resolveImage, text, uploadOf } from './jsonLd/values.js'

/** Size of the generated Open Graph card (`articleOgImageRoute`). */
export const OG_CARD_SIZE = { height: 630, width: 1200 } as const

/** The article fields the head tags are built from; drafts may leave any of them empty. */
export type MetadataArticleInput = {
  /** The populated author (name, sameAs for twitter:creator, url); an ID is ignored. */
  author?: unknown
  meta?: {
    description?: null | string
    /** A URL, or an upload as Payload returns it at depth ≥ 1 (an unpopulated ID has no URL). */
    image?: unknown
    imageAlt?: null | string
    ogDescription?: null | string
    ogTitle?: null | string
    title?: null | string
  } | null
  publishedAt?: Date | null | string
  slug?: null | string
  title?: null | string
  updatedAt?: Date | null | string
}

export type GetArticleMetadataOptions = {
  /** @default (article) => `/articles/${article.slug}` */
  articlePath?: ArticlePath
  /**
   * Where the article's generated Open Graph card is served (e.g. `articleOgImagePath(articlePath)`);
   * the shared image when the article has no image of its own.
   * @default undefined (no card: the site's default image, if any)
   */
  ogImagePath?: OgImagePath
  /** The site settings global: og:site_name, og:locale, twitter:site, the default author and image. */
  settings?: null | SiteSettingsInput
  /** Absolute origin of the site, e.g. `https://example.com`. */
  siteUrl: string
}

type MetadataImage = { alt: string; height?: number; url: string; width?: number }

/**
 * The subset of Next.js `Metadata` this builds. Declared here so the plugin needs no `next`
 * dependency; it is assignable to `Metadata` (the dev app's `generateMetadata` checks that).
 */
export type ArticleMetadata = {
  alternates: { canonical: string }
  description?: string
  openGraph: {
    authors?: string[]
    description?: string
    images?: MetadataImage[]
    locale?: string
    modifiedTime?: string
    publishedTime?: string
    siteName?: string
    title: string
    type: 'article'
    url: string
  }
  title: string
  twitter: {
    card: 'summary' | 'summary_large_image'
    creator?: string
    description?: string
    images?: MetadataImage[]
    site?: string
    title: string
  }
}

type ImageArgs = { author?: AuthorInput; options: GetArticleMetadataOptions; siteName?: string; socialTitle: string }

/** The article's own image, else its generated card, else the site's default image. */
const shareImage = (article: MetadataArticleInput, { author, options, siteName, socialTitle }: ImageArgs): MetadataImage | undefined => {
  const { ogImagePath, settings, siteUrl } = options
  const own = uploadOf(article.meta?.image)
  const ownUrl = resolveImage(siteUrl, own.url)
  // Alt text is required for a shared image; the title describes it better than nothing.
  if (ownUrl) return { alt: text(article.meta?.imageAlt, own.alt) ?? socialTitle, height: own.height, url: ownUrl, width: own.width }
  if (ogImagePath) {
    const byline = [text(author?.name) && `by ${text(author?.name)}`, siteName && `on ${siteName}`].filter(Boolean).join(' ')
    const alt = byline ? `“${socialTitle}” ${byline}` : socialTitle
    return { alt, ...OG_CARD_SIZE, url: joinUrl(siteUrl, ogImagePath(article)) }
  }
  const fallback = uploadOf(settings?.defaultOgImage)
  const fallbackUrl = resolveImage(siteUrl, fallback.url)
  return fallbackUrl ? { alt: fallback.alt ?? siteName ?? socialTitle, height: fallback.height, url: fallbackUrl, width: fallback.width } : undefined
}

/**
 * Head tags for an article page (`generateMetadata`): title, description, canonical URL, Open
 * Graph and Twitter card, with the site's name, locale and handles from the site settings. Each
 * social field falls back Open Graph → meta → article title, so a partly filled draft still gets
 * complete tags.
 */
export const getArticleMetadata = (article: MetadataArticleInput, options: GetArticleMetadataOptions): ArticleMetadata => {
  const { articlePath = defaultArticlePath, settings, siteUrl } = options
  const meta = article.meta ?? {}
  const title = text(meta.title, article.title) ?? ''
  const description = text(meta.description)
  const socialTitle = text(meta.ogTitle) ?? title
  const socialDescription = text(meta.ogDescription) ?? description
  const canonical = joinUrl(siteUrl, articlePath({ slug: article.slug ?? null }))
  const author = authorDoc(article.author) ?? authorDoc(settings?.defaultAuthor)
  const siteName = text(settings?.siteName, settings?.publisherName)
  const site = twitterHandle(settings?.twitterHandle)
  const authorUrl = httpUrlOf(author?.url)

  const image = shareImage(article, { author, options, siteName, socialTitle })
  const images = image ? [image] : undefined

  return {
    alternates: { canonical },
    description,
    openGraph: {
      authors: authorUrl ? [authorUrl] : undefined,
      description: socialDescription,
      images,
      locale: text(settings?.locale),
      modifiedTime: isoDate(article.updatedAt),
      publishedTime: isoDate(article.publishedAt),
      siteName,
      title: socialTitle,
      type: 'article',
      url: canonical,
    },
    title,
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      creator: authorTwitterHandle(author) ?? site,
      description: socialDescription,
      images,
      site,
      title: socialTitle,
    },
  }
}
