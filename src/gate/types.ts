/** How much a failed check matters: errors block publishing, warnings are advice. */
export type CheckSeverity = 'error' | 'warning'

/** One item of the pre-publish checklist, passed or failed. */
export type CheckResult = {
  /** Stable identifier, e.g. `meta-title-length`; clients may switch on it. */
  id: string
  /** Short name of the check without commas, e.g. `Meta title length` (the admin's toast lists these). */
  label: string
  /** What was checked and, when it failed, what to fix. */
  message: string
  ok: boolean
  /** Field the result is about (`meta.title`, `eeat.2.sourceUrl`), so the admin can mark it. */
  path?: string
  severity: CheckSeverity
}

type LexicalRoot = { root?: { children?: unknown[] } | null } | null

/** The article fields the checks read; everything is optional because drafts may be partial. */
export type GateArticle = {
  body?: LexicalRoot
  conclusion?: LexicalRoot
  eeat?: Array<{
    attribution?: null | string
    kind?: null | string
    sourceUrl?: null | string
    text?: null | string
    verified?: boolean | null
  }> | null
  faq?: Array<{ answer?: null | string; question?: null | string }> | null
  internalLinks?: Array<{ anchorText?: null | string; article?: unknown }> | null
  introduction?: LexicalRoot
  jsonLd?: unknown
  meta?: { description?: null | string; title?: null | string } | null
  title?: null | string
}

/** A document an internal link points at. */
export type LinkTarget = { collection: string; id: number | string }

/** Answers which of `targets` are published documents, as `collection:id` keys. */
export type ResolveLinks = (targets: LinkTarget[]) => Promise<Set<string>>

export type PublishCheckContext = {
  /** The brief's primary keyword; without one the keyword checks fail. */
  primaryKeyword?: null | string
  resolveLinks: ResolveLinks
  /** Slug of the article collection, for links stored in `internalLinks`. @default 'articles' */
  articlesCollection?: string
}

export type PublishCheckReport = {
  /** Failed checks of severity `error`: any of these blocks publishing. */
  errors: CheckResult[]
  /** True when no error-severity check failed. */
  ok: boolean
  /** Every check, passed or failed, in checklist order. */
  results: CheckResult[]
  /** Failed checks of severity `warning`, e.g. a meta title outside its 55–60 target. */
  warnings: CheckResult[]
}

/** Key of a link target in the set `ResolveLinks` returns. */
export const linkKey = ({ collection, id }: LinkTarget): string => `${collection}:${String(id)}`
