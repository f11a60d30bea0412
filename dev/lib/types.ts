import type { EeatRow, MetadataArticleInput } from 'payload-prompt-kit'

/** The article fields the site reads (Payload returns more). Relationships are IDs or docs. */
export type SiteArticle = MetadataArticleInput & {
  _status?: 'draft' | 'published' | null
  body?: unknown
  brief?: unknown
  conclusion?: unknown
  /** The E-E-A-T ledger; editors-only, so empty in a reader's answer (see articleEvidence.ts). */
  eeat?: EeatRow[] | null
  faq?: Array<{ answer?: null | string; question?: null | string }> | null
  id: number | string
  imagePlan?: Array<{
    altText?: null | string
    description?: null | string
    filename?: null | string
    placement?: null | string
  }> | null
  internalLinks?: Array<{ anchorText?: null | string; article?: unknown; placement?: null | string }> | null
  introduction?: unknown
  jsonLd?: unknown
  /** Payload returns dates as ISO strings. */
  publishedAt?: null | string
  updatedAt?: null | string
}

/** One entry of the index page. */
export type ArticleSummary = {
  brief?: unknown
  description?: string
  href: string
  id: number | string
  publishedAt?: string
  title: string
}
