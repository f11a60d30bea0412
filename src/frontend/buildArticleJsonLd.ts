import type { JsonLdCitation } from './eeatCitations.js'
import type { EeatRow } from './publishableEeat.js'

import { eeatCitations } from './eeatCitations.js'

/** The article fields JSON-LD is built from; everything is optional because drafts may be partial. */
export type JsonLdArticleInput = {
  /** Only verified, complete quotes and studies become citations (see `publishableEeat`). */
  eeat?: Array<EeatRow | null> | null
  faq?: Array<{ answer?: null | string; question?: null | string }> | null
  meta?: { description?: null | string } | null
  publishedAt?: Date | null | string
  slug?: null | string
  title?: null | string
  updatedAt?: Date | null | string
}

export type BuildArticleJsonLdOptions = {
  articlePath: (article: { slug?: null | string }) => string
  /** The author's display name; the Person is left out when this is empty. */
  authorName?: null | string
  /** Absolute, or root-relative to `siteUrl`; anything else is treated as unknown. */
  imageUrl?: null | string
  siteUrl: string
}

export type JsonLdArticleNode = {
  '@type': 'Article'
  author?: { '@type': 'Person'; name: string }
  citation?: JsonLdCitation[]
  dateModified?: string
  datePublished?: string
  description?: string
  headline: string
  image?: string
  mainEntityOfPage: { '@id': string; '@type': 'WebPage' }
}

export type JsonLdFaqPageNode = {
  '@type': 'FAQPage'
  mainEntity: Array<{
    '@type': 'Question'
    acceptedAnswer: { '@type': 'Answer'; text: string }
    name: string
  }>
}

export type ArticleJsonLd = {
  '@context': 'https://schema.org'
  '@graph': [JsonLdArticleNode] | [JsonLdArticleNode, JsonLdFaqPageNode]
}

/** Google ignores Article headlines longer than this. */
export const HEADLINE_MAX = 110

const absoluteUrl = /^https?:\/\//i

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/** Cut by code points (never through a surrogate pair), at a word break when one is near the end. */
export const truncateHeadline = (title: string, max = HEADLINE_MAX): string => {
  const chars = Array.from(title)
  if (chars.length <= max) return title
  const cut = chars.slice(0, max - 1).join('')
  const space = cut.lastIndexOf(' ')
  const head = space >= cut.length * 0.6 ? cut.slice(0, space) : cut
  return `${head.trimEnd()}…`
}

const isoDate = (value: Date | null | string | undefined): string | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/** `path` on `siteUrl`; an absolute `path` is kept. */
export const joinUrl = (siteUrl: string, path: string): string =>
  absoluteUrl.test(path) ? path : `${siteUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`

/** An absolute image URL, or undefined when `imageUrl` cannot be made one safely. */
export const resolveImage = (siteUrl: string, imageUrl: null | string | undefined): string | undefined => {
  if (!nonEmpty(imageUrl)) return undefined
  if (absoluteUrl.test(imageUrl)) return imageUrl
  // Only root-relative paths can be made absolute safely; a bare word may not be a URL at all.
  return imageUrl.startsWith('/') && !imageUrl.startsWith('//') ? joinUrl(siteUrl, imageUrl) : undefined
}

/**
 * Article (+ FAQPage when the article has questions) structured data, from the article's own
 * fields only, so it can never disagree with the rendered page. Text is kept verbatim: escaping for
 * a `<script>` tag is `serializeJsonLd`'s job.
 */
export const buildArticleJsonLd = (
  article: JsonLdArticleInput,
  { articlePath, authorName, imageUrl, siteUrl }: BuildArticleJsonLdOptions,
): ArticleJsonLd => {
  const articleNode: JsonLdArticleNode = {
    '@type': 'Article',
    headline: truncateHeadline(article.title ?? ''),
    mainEntityOfPage: { '@id': joinUrl(siteUrl, articlePath({ slug: article.slug ?? null })), '@type': 'WebPage' },
  }
  const description = article.meta?.description
  if (nonEmpty(description)) articleNode.description = description
  if (nonEmpty(authorName)) articleNode.author = { '@type': 'Person', name: authorName }
  const datePublished = isoDate(article.publishedAt)
  if (datePublished) articleNode.datePublished = datePublished
  const dateModified = isoDate(article.updatedAt)
  if (dateModified) articleNode.dateModified = dateModified
  const image = resolveImage(siteUrl, imageUrl)
  if (image) articleNode.image = image
  const citations = eeatCitations(article.eeat)
  if (citations.length) articleNode.citation = citations

  // Incomplete rows (possible in drafts) would be invalid Questions; complete ones are copied verbatim.
  const questions = (article.faq ?? []).flatMap((item) =>
    item && nonEmpty(item.question) && nonEmpty(item.answer)
      ? [
          {
            '@type': 'Question' as const,
            acceptedAnswer: { '@type': 'Answer' as const, text: item.answer },
            name: item.question,
          },
        ]
      : [],
  )

  return {
    '@context': 'https://schema.org',
    '@graph': questions.length ? [articleNode, { '@type': 'FAQPage', mainEntity: questions }] : [articleNode],
  }
}
