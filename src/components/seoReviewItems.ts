/**
 * The SEO review as an editor's checklist: its lists flattened into items with a stable key, grouped
 * by kind in a fixed order. Reads the stored value leniently (an editor may have changed the JSON by
 * hand), so a malformed part shows fewer items instead of none.
 */

/** Kinds in the order the checklist shows them. */
export const reviewKinds = [
  'keywordPlacement',
  'eeatGap',
  'readability',
  'heading',
  'duplicateRisk',
  'freshness',
  'improvement',
] as const

export type ReviewKind = (typeof reviewKinds)[number]

export type ReviewItem = {
  /** `<kind>:<hash of the text>`: the same item keeps its key when the review is read again. */
  key: string
  kind: ReviewKind
  /** 1 = most important; only improvement suggestions have one. */
  priority: null | number
  /** Implementation steps; only improvement suggestions have them. */
  steps: string[]
  text: string
}

export type ReviewGroup = { items: ReviewItem[]; kind: ReviewKind }

/** What the review says about the article as a whole, shown above the items it belongs to. */
export type ReviewSummary = {
  duplicateRisk: 'high' | 'low' | 'medium' | null
  /** Where the primary keyword already appears. */
  keywordFound: string[]
  readingGrade: null | number
}

type Loose = Record<string, unknown>

const objectAt = (value: unknown, key: string): Loose => {
  const found = value && typeof value === 'object' ? (value as Loose)[key] : undefined
  return found && typeof found === 'object' && !Array.isArray(found) ? (found as Loose) : {}
}

const stringsOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value
        .filter((s): s is string => typeof s === 'string')
        .map((s) => s.trim())
        .filter(Boolean)
    : []

const normalizeText = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase()

/** cyrb53: a fast 53-bit string hash, the same in the browser and in Node (no crypto needed for a key). */
const hash53 = (text: string): string => {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

/** Stable key of an item: its kind and its text, ignoring case and spacing. */
export const reviewItemKey = (kind: ReviewKind, text: string): string =>
  `${kind}:${hash53(`${kind}\n${normalizeText(text)}`)}`

const item = (
  kind: ReviewKind,
  text: string,
  extra: Partial<Pick<ReviewItem, 'priority' | 'steps'>> = {},
): ReviewItem => ({
  key: reviewItemKey(kind, text),
  kind,
  priority: extra.priority ?? null,
  steps: extra.steps ?? [],
  text,
})

const improvementsOf = (value: unknown): ReviewItem[] => {
  const list = value && typeof value === 'object' ? (value as Loose).improvementSuggestions : undefined
  if (!Array.isArray(list)) return []
  const items = list.flatMap((entry): ReviewItem[] => {
    const suggestion =
      typeof (entry as Loose)?.suggestion === 'string' ? ((entry as Loose).suggestion as string).trim() : ''
    if (!suggestion) return []
    const priority = Number((entry as Loose).priority)
    return [
      item('improvement', suggestion, {
        priority: Number.isFinite(priority) ? priority : null,
        steps: stringsOf((entry as Loose).steps),
      }),
    ]
  })
  // Most important first; suggestions without a priority keep their order at the end.
  return items.sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity))
}

/** Every actionable item of a stored SEO review, in checklist order; duplicates (same key) once. */
export const reviewItemsOf = (value: unknown): ReviewItem[] => {
  const review = (value && typeof value === 'object' ? value : {}) as Loose
  const all = [
    ...stringsOf(objectAt(review, 'keywordPlacements').fixes).map((t) => item('keywordPlacement', t)),
    ...stringsOf(review.eeatGaps).map((t) => item('eeatGap', t)),
    ...stringsOf(objectAt(review, 'readability').fixes).map((t) => item('readability', t)),
    ...stringsOf(review.headingsIssues).map((t) => item('heading', t)),
    ...stringsOf(objectAt(review, 'duplicateRisk').differentiation).map((t) => item('duplicateRisk', t)),
    ...stringsOf(review.freshnessSignals).map((t) => item('freshness', t)),
    ...improvementsOf(review),
  ]
  const seen = new Set<string>()
  return all.filter((i) => !seen.has(i.key) && Boolean(seen.add(i.key)))
}

/** Items grouped by kind in `reviewKinds` order; kinds without items are left out. */
export const groupReviewItems = (items: ReviewItem[]): ReviewGroup[] =>
  reviewKinds
    .map((kind) => ({ items: items.filter((i) => i.kind === kind), kind }))
    .filter((g) => g.items.length > 0)

const riskLevels = new Set(['high', 'low', 'medium'])

export const reviewSummaryOf = (value: unknown): ReviewSummary => {
  const grade = objectAt(value, 'readability').gradeLevel
  const risk = objectAt(value, 'duplicateRisk').risk
  return {
    duplicateRisk:
      typeof risk === 'string' && riskLevels.has(risk) ? (risk as ReviewSummary['duplicateRisk']) : null,
    keywordFound: stringsOf(objectAt(value, 'keywordPlacements').found),
    readingGrade: typeof grade === 'number' && Number.isFinite(grade) ? grade : null,
  }
}

/** The line the owning phase gets as feedback: the item, with a suggestion's steps. */
export const feedbackLine = (item: ReviewItem): string =>
  item.steps.length > 0 ? `${item.text} (steps: ${item.steps.join('; ')})` : item.text

/** The stored `seoReviewDismissed` value as a list of keys (anything else counts as none). */
export const dismissedKeysOf = (value: unknown): string[] => stringsOf(value)

/**
 * The dismissed list after dismissing (or restoring) `key`. Keys of items the current review no
 * longer has are dropped, so the list never outgrows the review.
 */
export const withDismissal = (
  dismissed: string[],
  key: string,
  dismiss: boolean,
  current: ReviewItem[],
): string[] => {
  const present = new Set(current.map((i) => i.key))
  const next = new Set(dismissed.filter((k) => present.has(k)))
  if (dismiss) next.add(key)
  else next.delete(key)
  return current.map((i) => i.key).filter((k) => next.has(k))
}
