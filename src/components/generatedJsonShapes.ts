import type { ResearchItem } from '../phases/schemas/research.js'

/**
 * Reading the stored outline and research for their readable views, and writing one edited value
 * back. A value that is not the expected shape (edited by hand) reads as `unreadable`, and the view
 * offers the raw JSON instead of guessing.
 */

export type JsonPath = (number | string)[]

type Loose = Record<string, unknown>

const isObject = (value: unknown): value is Loose =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** `value` with the part at `path` replaced by `next`; nothing else changes, and nothing is mutated. */
export const setAt = (value: unknown, path: JsonPath, next: unknown): unknown => {
  if (path.length === 0) return next
  const [head, ...rest] = path as [number | string, ...JsonPath]
  if (typeof head === 'number') {
    const list = Array.isArray(value) ? [...(value as unknown[])] : []
    list[head] = setAt(list[head], rest, next)
    return list
  }
  const object: Loose = isObject(value) ? { ...value } : {}
  object[head] = setAt(object[head], rest, next)
  return object
}

export type ReadState<T> = { kind: 'empty' } | { kind: 'unreadable' } | { kind: 'readable'; value: T }

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null)

export type ReadableHeading = {
  children: ReadableHeading[]
  level: string
  notes: string
  text: string
  wordTarget: null | number
}
export type ReadableOutline = { headings: ReadableHeading[]; title: string; totalWordTarget: null | number }

const headingOf = (value: unknown, level: string): ReadableHeading => {
  const heading = isObject(value) ? value : {}
  const children = Array.isArray(heading.children)
    ? heading.children.map((child) => headingOf(child, 'H3'))
    : []
  return {
    children,
    level: text(heading.level) || level,
    notes: text(heading.notes),
    text: text(heading.text),
    wordTarget: count(heading.wordTarget),
  }
}

/** The stored outline: `{ title, totalWordTarget, headings: [{ level, text, wordTarget, notes, children }] }`. */
export const readOutline = (value: unknown): ReadState<ReadableOutline> => {
  if (value === null || value === undefined) return { kind: 'empty' }
  if (!isObject(value) || !Array.isArray(value.headings)) return { kind: 'unreadable' }
  return {
    kind: 'readable',
    value: {
      headings: value.headings.map((h) => headingOf(h, 'H2')),
      title: text(value.title),
      totalWordTarget: count(value.totalWordTarget),
    },
  }
}

/**
 * The schema's research types, repeated so the admin bundle does not pull in zod; `satisfies` and
 * a unit test keep the two lists equal.
 */
export const researchTypes = [
  'tool',
  'statistic',
  'expert',
  'organization',
  'trend',
  'study',
  'other',
] as const satisfies readonly ResearchItem['type'][]

export type ResearchType = (typeof researchTypes)[number]
export type ReadableResearchItem = {
  citationSuggestion: string
  name: string
  needsCitation: boolean
  type: ResearchType
  whyInclude: string
}

const typeOf = (value: unknown): ResearchType =>
  (researchTypes as readonly string[]).includes(value as string) ? (value as ResearchType) : 'other'

/** The stored research: `{ items: [{ name, type, whyInclude, needsCitation, citationSuggestion }] }`. */
export const readResearch = (value: unknown): ReadState<ReadableResearchItem[]> => {
  if (value === null || value === undefined) return { kind: 'empty' }
  if (!isObject(value) || !Array.isArray(value.items)) return { kind: 'unreadable' }
  return {
    kind: 'readable',
    value: value.items.map((entry) => {
      const item = isObject(entry) ? entry : {}
      return {
        citationSuggestion: text(item.citationSuggestion),
        name: text(item.name),
        needsCitation: item.needsCitation === true,
        type: typeOf(item.type),
        whyInclude: text(item.whyInclude),
      }
    }),
  }
}

/** A word target typed into a number input: a whole number of at least 0, else 0. */
export const wordTargetInput = (raw: string): number => {
  const n = Math.round(Number(raw))
  return Number.isFinite(n) && n > 0 ? n : 0
}

/** The schema stores "no citation suggestion" as null, not as an empty string. */
export const citationInput = (raw: string): null | string => (raw.trim() === '' ? null : raw)
