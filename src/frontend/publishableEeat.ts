/** One row of the article's `eeat` ledger as stored; drafts and old documents may lack any field. */
export type EeatRow = {
  attribution?: null | string
  kind?: null | string
  placement?: null | string
  sourceUrl?: null | string
  text?: null | string
  verified?: boolean | null
}

/** Why an item stays in the ledger instead of appearing on the page. */
export type EeatProblem = 'no-attribution' | 'no-source-url' | 'no-text' | 'not-verified' | 'placeholder' | 'unknown-kind'

/** The fields a problem is about, for the admin to mark. */
export const eeatProblemField: Record<EeatProblem, keyof EeatRow> = {
  'no-attribution': 'attribution',
  'no-source-url': 'sourceUrl',
  'no-text': 'text',
  'not-verified': 'verified',
  placeholder: 'text',
  'unknown-kind': 'kind',
}

/**
 * Slots a template leaves for the author: "[X]", "[your team]", "{{metric}}". Inside a quote's own
 * words only "{{…}}" counts, because editorial brackets ("[sic]", "[the team]") belong in quotations.
 */
export const PLACEHOLDER = /\[[^\][\n]{1,60}\]|\{\{[^{}\n]*\}\}/
const TEMPLATE_SLOT = /\{\{[^{}\n]*\}\}/

const kinds = new Set(['experience', 'quote', 'study'])

/** Claims by others: readers must be able to follow them to where they were said or published. */
const needsSource = (kind: string) => kind === 'quote' || kind === 'study'

const hasText = (value: null | string | undefined): value is string => typeof value === 'string' && value.trim() !== ''

/** An absolute http(s) URL with a host; anything else is no source a reader can open. */
export const isHttpUrl = (value: null | string | undefined): boolean => {
  if (!hasText(value)) return false
  try {
    const url = new URL(value.trim())
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** The field holding a placeholder, or undefined: attribution first (a "[Name]" speaker), then the text. */
export const placeholderField = (item: EeatRow): 'attribution' | 'text' | undefined => {
  if (hasText(item.attribution) && PLACEHOLDER.test(item.attribution)) return 'attribution'
  const textPattern = item.kind === 'quote' ? TEMPLATE_SLOT : PLACEHOLDER
  return hasText(item.text) && textPattern.test(item.text) ? 'text' : undefined
}

/**
 * Everything that keeps an item off the page, most actionable first; empty when it may be shown.
 * An item is shown only when an editor verified it and it is complete: quotes and studies have an
 * http(s) source URL, quotes say who said them, and no template placeholder is left.
 */
export const eeatItemProblems = (item: EeatRow | null | undefined): EeatProblem[] => {
  if (!item || !kinds.has(item.kind ?? '')) return ['unknown-kind']
  const kind = item.kind as string
  const problems: EeatProblem[] = []
  if (item.verified !== true) problems.push('not-verified')
  if (!hasText(item.text)) problems.push('no-text')
  if (needsSource(kind) && !isHttpUrl(item.sourceUrl)) problems.push('no-source-url')
  if (kind === 'quote' && !hasText(item.attribution)) problems.push('no-attribution')
  if (placeholderField(item)) problems.push('placeholder')
  return problems
}

/** True when the item may appear on the public page and in its structured data. */
export const isPublishableEeatItem = (item: EeatRow | null | undefined): boolean => eeatItemProblems(item).length === 0

/** The items of the ledger that may be shown, in ledger order. Every renderer and JSON-LD builder uses this. */
export const publishableEeat = <T extends EeatRow>(items: null | readonly (null | T | undefined)[] | undefined): T[] =>
  (items ?? []).filter((item): item is T => isPublishableEeatItem(item))
