import type { ArticlePath } from './articlePath.js'

import { defaultArticlePath } from './articlePath.js'
import { joinUrl, resolveImage } from './buildArticleJsonLd.js'

/** The article fields the head tags are built from; drafts may leave any of them empty. */
export type MetadataArticleInput = {
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
  /** Absolute origin of the site, e.g. `https://example.com`. */
  siteUrl: string
}

type MetadataImage = { alt: string; url: string }

/**
 * The subset of Next.js `Metadata` this builds. Declared here so the plugin needs no `next`
 * dependency; it is assignable to `Metadata` (the dev app's `generateMetadata` checks that).
 */
export type ArticleMetadata = {
  alternates: { canonical: string }
  description?: string
  openGraph: {
    description?: string
    images?: MetadataImage[]
    modifiedTime?: string
    publishedTime?: string
    title: string
    type: 'article'
    url: string
  }
  title: string
  twitter: {
    card: 'summary' | 'summary_large_image'
    description?: string
    images?: MetadataImage[]
    title: string
  }
}

const text = (...values: Array<null | string | undefined>): string | undefined =>
  values.find((value): value is string => typeof value === 'string' && value.trim() !== '')?.trim()

const isoDate = (value: Date | null | string | undefined): string | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

const imageOf = (image: unknown): { alt?: string; url?: string } => {
  if (typeof image === 'string') return { url: image }
  if (!image || typeof image !== 'object') return {}
  const { alt, url } = image as { alt?: unknown; url?: unknown }
  return { alt: typeof alt === 'string' ? text(alt) : undefined, url: typeof url === 'string' ? text(url) : undefined }
}

/**
 * Head tags for an article page (`generateMetadata`): title, description, canonical URL, Open
 * Graph and Twitter card. Each social field falls back Open Graph → meta → article title, so a
 * partly filled draft still gets complete tags.
 */
export const getArticleMetadata = (
  article: MetadataArticleInput,
  { articlePath = defaultArticlePath, siteUrl }: GetArticleMetadataOptions,
): ArticleMetadata => {
  const meta = article.meta ?? {}
  const title = text(meta.title, article.title) ?? ''
  const description = text(meta.description)
  const socialTitle = text(meta.ogTitle) ?? title
  const socialDescription = text(meta.ogDescription) ?? description
  const canonical = joinUrl(siteUrl, articlePath({ slug: article.slug ?? null }))

  const upload = imageOf(meta.image)
  const imageUrl = resolveImage(siteUrl, upload.url)
  // Alt text is required for a shared image; the title describes it better than nothing.
  const images = imageUrl ? [{ alt: text(meta.imageAlt, upload.alt) ?? socialTitle, url: imageUrl }] : undefined

  return {
    alternates: { canonical },
    description,
    openGraph: {
      description: socialDescription,
      images,
      modifiedTime: isoDate(article.updatedAt),
      publishedTime: isoDate(article.publishedAt),
      title: socialTitle,
      type: 'article',
      url: canonical,
    },
    title,
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      description: socialDescription,
      images,
      title: socialTitle,
    },
  }
}
