import type { AuthorInput, Breadcrumb, SiteSettingsInput } from './jsonLd/inputs.js'
import type { JsonLdBreadcrumbListNode, JsonLdOrganizationNode, JsonLdPersonNode } from './jsonLd/nodes.js'

import type { JsonLdCitation } from './eeatCitations.js'
import type { EeatRow } from './publishableEeat.js'

import { eeatCitations } from './eeatCitations.js'
import { authorDoc } from './jsonLd/inputs.js'
import { breadcrumbListNode, personNode, publisherNode } from './jsonLd/nodes.js'
import { isoDate, joinUrl, nonEmpty, resolveImage, uploadOf } from './jsonLd/values.js'

export { joinUrl, resolveImage } from './jsonLd/values.js'

/** The article fields JSON-LD is built from; everything is optional because drafts may be partial. */
export type JsonLdArticleInput = {
  /** A populated author document is used (its public fields only); an ID is ignored. */
  author?: unknown
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
  /** The author's document (name, role, bio, url, sameAs, image); wins over the article's `author`. */
  author?: AuthorInput | null
  /** The author's display name, when no author document is at hand; left out when empty. */
  authorName?: null | string
  /** An uploaded hero image of the article, listed after the main image. */
  heroImageUrl?: null | string
  /** The article's own (Open Graph) image. Absolute, or root-relative to `siteUrl`; anything else is ignored. */
  imageUrl?: null | string
  /** The article's generated Open Graph card; the main image when the article has none of its own. */
  ogCardUrl?: null | string
  /** The site settings global: publisher (Organization with logo), default author and image. */
  settings?: SiteSettingsInput | null
  siteUrl: string
}

export type JsonLdArticleNode = {
  '@type': 'Article'
  author?: JsonLdPersonNode | { '@type': 'Person'; name: string }
  citation?: JsonLdCitation[]
  dateModified?: string
  datePublished?: string
  description?: string
  headline: string
  image?: string | string[]
  mainEntityOfPage: { '@id': string; '@type': 'WebPage' }
  publisher?: JsonLdOrganizationNode
}

export type JsonLdFaqPageNode = {
  '@type': 'FAQPage'
  mainEntity: Array<{
    '@type': 'Question'
    acceptedAnswer: { '@type': 'Answer'; text: string }
    name: string
  }>
}

export type { JsonLdBreadcrumbListNode, JsonLdOrganizationNode, JsonLdPersonNode }

export type ArticleJsonLd = {
  '@context': 'https://schema.org'
  '@graph': [JsonLdArticleNode] | [JsonLdArticleNode, JsonLdFaqPageNode]
}

/** An article page's structured data: the article's, then the page's BreadcrumbList. */
export type ArticlePageJsonLd = {
  '@context': 'https://schema.org'
  '@graph': [JsonLdArticleNode, ...Array<JsonLdBreadcrumbListNode | JsonLdFaqPageNode>]
}

/** Google ignores Article headlines longer than this. */
export const HEADLINE_MAX = 110

/** Cut by code points (never through a surrogate pair), at a word break when one is near the end. */
export const truncateHeadline = (title: string, max = HEADLINE_MAX): string => {
  const chars = Array.from(title)
  if (chars.length <= max) return title
  const cut = chars.slice(0, max - 1).join('')
  const space = cut.lastIndexOf(' ')
  const head = space >= cut.length * 0.6 ? cut.slice(0, space) : cut
  return `${head.trimEnd()}…`
}

type Options = BuildArticleJsonLdOptions

/** The author's Person: the given document, the article's populated author, a bare name, the site's default author. */
const authorNode = (article: JsonLdArticleInput, { author, authorName, settings, siteUrl }: Options): JsonLdArticleNode['author'] => {
  const doc = authorDoc(author) ?? authorDoc(article.author)
  if (doc) return personNode(doc, siteUrl)
  if (nonEmpty(authorName)) return { '@type': 'Person', name: authorName }
  return personNode(authorDoc(settings?.defaultAuthor), siteUrl)
}

/** The main image (own, else the card, else the site default), then the hero; one URL stays a string. */
const imageValue = ({ heroImageUrl, imageUrl, ogCardUrl, settings, siteUrl }: Options): JsonLdArticleNode['image'] => {
  const main =
    resolveImage(siteUrl, imageUrl) ?? resolveImage(siteUrl, ogCardUrl) ?? resolveImage(siteUrl, uploadOf(settings?.defaultOgImage).url)
  const images = [...new Set([main, resolveImage(siteUrl, heroImageUrl)].filter((url): url is string => Boolean(url)))]
  return images.length > 1 ? images : images[0]
}

const faqPageNode = (faq: JsonLdArticleInput['faq']): JsonLdFaqPageNode | undefined => {
  // Incomplete rows (possible in drafts) would be invalid Questions; complete ones are copied verbatim.
  const questions = (faq ?? []).flatMap((item) =>
    item && nonEmpty(item.question) && nonEmpty(item.answer)
      ? [{ '@type': 'Question' as const, acceptedAnswer: { '@type': 'Answer' as const, text: item.answer }, name: item.question }]
      : [],
  )
  return questions.length ? { '@type': 'FAQPage', mainEntity: questions } : undefined
}

/**
 * Article (+ FAQPage when the article has questions) structured data, from the article's own fields
 * and the site settings, so it can never disagree with the rendered page. Text is kept verbatim:
 * escaping for a `<script>` tag is `serializeJsonLd`'s job.
 */
export const buildArticleJsonLd = (article: JsonLdArticleInput, options: BuildArticleJsonLdOptions): ArticleJsonLd => {
  const { articlePath, settings, siteUrl } = options
  const candidates: Partial<JsonLdArticleNode> = {
    author: authorNode(article, options),
    citation: eeatCitations(article.eeat).length ? eeatCitations(article.eeat) : undefined,
    dateModified: isoDate(article.updatedAt),
    datePublished: isoDate(article.publishedAt),
    description: nonEmpty(article.meta?.description) ? article.meta.description : undefined,
    image: imageValue(options),
    publisher: publisherNode(settings ?? undefined, siteUrl),
  }
  const articleNode: JsonLdArticleNode = {
    '@type': 'Article',
    headline: truncateHeadline(article.title ?? ''),
    mainEntityOfPage: { '@id': joinUrl(siteUrl, articlePath({ slug: article.slug ?? null })), '@type': 'WebPage' },
  }
  for (const [key, value] of Object.entries(candidates)) if (value !== undefined) Object.assign(articleNode, { [key]: value })
  const faqPage = faqPageNode(article.faq)
  return { '@context': 'https://schema.org', '@graph': faqPage ? [articleNode, faqPage] : [articleNode] }
}

/**
 * The article page's structured data: `buildArticleJsonLd` plus a BreadcrumbList of `breadcrumbs`
 * (e.g. Home → pillar article) ending at the article, in one `@graph` for one script tag.
 */
export const buildArticlePageJsonLd = (
  article: JsonLdArticleInput,
  { breadcrumbs, ...options }: BuildArticleJsonLdOptions & { breadcrumbs: Breadcrumb[] },
): ArticlePageJsonLd => {
  const { '@graph': graph } = buildArticleJsonLd(article, options)
  const [articleNode] = graph
  const trail = breadcrumbListNode(breadcrumbs, { name: articleNode.headline, url: articleNode.mainEntityOfPage['@id'] }, options.siteUrl)
  return { '@context': 'https://schema.org', '@graph': [...graph, trail] }
}
