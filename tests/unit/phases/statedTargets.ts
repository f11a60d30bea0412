import type { z } from 'zod'

import { zodResponseFormat } from 'openai/helpers/zod'

import { charsPerWordAtMost } from '../../../src/phases/schemas/index.js'
import { schemaLiteralAnswer } from '../../support/schemaLiteralAnswer.js'

/*
 * Issue 17: what a prompt or a description asks for must validate. These helpers read the targets stated
 * in text ("8–12 items", "at most 500 characters", "150–200 words", "1–2 sentences"), build answers at
 * both ends of each, and answers just outside each hard limit of the schema; they return problems as
 * lines, so a test can show both that the kit has none and that a planted mismatch is found.
 */

export type Schema = {
  [key: string]: unknown
  description?: string
  items?: Schema
  properties?: Record<string, Schema>
  type?: string | string[]
}

/** `items` for counts of things; `prose` for sentences and lines, which no limit counts. */
export type Unit = 'characters' | 'items' | 'prose' | 'words'

export type StatedTarget = { high: number; low: number; phrase: string; unit: Unit }

/** A path into an answer: property names, and `[]` for every element of an array. */
export type Path = string[]

/** Characters a word takes at the bottom of a word target: short words make the shortest answer. */
const charsPerWordAtLeast = 5

const unitOf = (words: string[]): Unit => {
  for (const word of words) {
    if (/^characters?$/i.test(word)) return 'characters'
    if (/^words?$/i.test(word)) return 'words'
    if (/^(sentences?|lines?)$/i.test(word)) return 'prose'
  }
  return 'items'
}

/** Every count or range followed by what it counts; "at most N" runs from 1 to N. */
export const parseTargets = (text: string): StatedTarget[] =>
  [...text.matchAll(/(?<![\w.–-])(at most )?(\d+)(?:–(\d+))?((?:\s+[A-Za-z][\w/-]*){1,4})/g)].map((match) => {
    const [phrase, atMost, first, second, following] = match
    const number = Number(first)
    return {
      high: second === undefined ? number : Number(second),
      low: atMost ? 1 : number,
      phrase: phrase.trim(),
      unit: unitOf(following!.trim().split(/\s+/)),
    }
  })

/** Exactly the JSON Schema the LLM layer sends for a zod schema. */
export const sentSchema = (schema: z.ZodType, name = 'answer'): Schema =>
  zodResponseFormat(schema, name).json_schema.schema as Schema

export const schemaNodes = (node: Schema, path: Path = []): { node: Schema; path: Path }[] => [
  { node, path },
  ...Object.entries(node.properties ?? {}).flatMap(([key, child]) => schemaNodes(child, [...path, key])),
  ...(node.items ? schemaNodes(node.items, [...path, '[]']) : []),
]

export const showPath = (path: Path) => `$${path.map((key) => (key === '[]' ? '[]' : `.${key}`)).join('')}`

/** `value` with `change` applied at `path` (at every element for `[]`). */
const setAt = (value: unknown, path: Path, change: (current: unknown) => unknown): unknown => {
  if (path.length === 0) return change(value)
  const [key, ...rest] = path
  if (key === '[]') return (value as unknown[]).map((item) => setAt(item, rest, change))
  const record = value as Record<string, unknown>
  return { ...record, [key!]: setAt(record[key!], rest, change) }
}

/** A non-blank text of exactly `length` characters. */
const textOfLength = (length: number) => 'abcdef '.repeat(Math.ceil(length / 7) + 1).slice(0, length).replace(/ $/, 'x')

/** `count` words of `perWord` characters each, counting the space (the last word ends with a full stop). */
const wordsOf = (count: number, perWord: number) => `${Array(count).fill('w'.repeat(perWord - 1)).join(' ')}.`

const issuesOf = (schema: z.ZodType, answer: unknown) =>
  schema.safeParse(answer).error?.issues.map((issue) => ({
    message: issue.message,
    path: issue.path.map((key) => (typeof key === 'number' ? '[]' : String(key))),
  })) ?? []

const typeOf = (node: Schema) => (Array.isArray(node.type) ? node.type.find((type) => type !== 'null') : node.type)

/** The answers at both ends of a target stated on a node, or a problem when the target does not fit the node. */
const answersAtEnds = (node: Schema, target: StatedTarget): { label: string; value: (current: unknown) => unknown }[] | string => {
  const type = typeOf(node)
  if (target.unit === 'items') {
    if (type !== 'array') return `states a count ("${target.phrase}") on a ${type}`
    const copies = (n: number) => (current: unknown) => Array.from({ length: n }, () => structuredClone((current as unknown[])[0]))
    return [
      { label: `${target.low} items`, value: copies(target.low) },
      { label: `${target.high} items`, value: copies(target.high) },
    ]
  }
  if (type !== 'string') return `states a length ("${target.phrase}") on a ${type}`
  if (target.unit === 'prose') {
    return typeof node.maxLength === 'number' ? `states "${target.phrase}" where a character limit applies; state it in characters` : []
  }
  if (target.unit === 'characters') {
    return [
      { label: `${target.low} characters`, value: () => textOfLength(target.low) },
      { label: `${target.high} characters`, value: () => textOfLength(target.high) },
    ]
  }
  return [
    { label: `${target.low} words of ${charsPerWordAtLeast} characters`, value: () => wordsOf(target.low, charsPerWordAtLeast) },
    { label: `${target.high} words of ${charsPerWordAtMost} characters`, value: () => wordsOf(target.high, charsPerWordAtMost) },
  ]
}

/** Every target stated in a description of the schema, with where it is stated. */
export const describedTargets = (schema: z.ZodType): { node: Schema; path: Path; target: StatedTarget }[] =>
  schemaNodes(sentSchema(schema)).flatMap(({ node, path }) =>
    parseTargets(node.description ?? '').map((target) => ({ node, path, target })),
  )

/** Problems with answers at both ends of every described target: each end must validate. */
export const targetEndProblems = (schema: z.ZodType): string[] => {
  const base = schemaLiteralAnswer(sentSchema(schema))
  return describedTargets(schema).flatMap(({ node, path, target }) => {
    const ends = answersAtEnds(node, target)
    if (typeof ends === 'string') return [`${showPath(path)} ${ends}`]
    const distinct = target.low === target.high ? ends.slice(1) : ends
    return distinct.flatMap(({ label, value }) =>
      issuesOf(schema, setAt(base, path, value)).map(
        (issue) => `${showPath(path)}: "${target.phrase}" at ${label}: ${showPath(issue.path)}: ${issue.message}`,
      ),
    )
  })
}

type Outside = { expected: RegExp; label: string; value: (current: unknown) => unknown }

/** Values just outside each limit keyword of a node, with the message each must produce. */
const outsideValues = (node: Schema): Outside[] => {
  const out: Outside[] = []
  const { maximum, maxItems, maxLength, minimum, minItems, minLength } = node as Record<string, number | undefined>
  const items = (n: number) => (current: unknown) => Array.from({ length: n }, () => structuredClone((current as unknown[])[0]))
  if (minItems) out.push({ expected: new RegExp(`${minItems}–.* got ${minItems - 1}$`), label: `${minItems - 1} items`, value: items(minItems - 1) })
  if (maxItems !== undefined) out.push({ expected: new RegExp(`–${maxItems} items, got ${maxItems + 1}$`), label: `${maxItems + 1} items`, value: items(maxItems + 1) })
  if (minLength === 1) out.push({ expected: /^must (not be empty|have 1–\d+ characters, got 0)$/, label: 'an empty string', value: () => '' })
  else if (minLength) out.push({ expected: new RegExp(`${minLength}–.* got ${minLength - 1}$`), label: `${minLength - 1} characters`, value: () => textOfLength(minLength - 1) })
  if (maxLength !== undefined) out.push({ expected: new RegExp(`–${maxLength} characters, got ${maxLength + 1}$`), label: `${maxLength + 1} characters`, value: () => textOfLength(maxLength + 1) })
  if (minimum !== undefined) out.push({ expected: new RegExp(`between ${minimum} and .* got ${minimum - 1}$`), label: `${minimum - 1}`, value: () => minimum - 1 })
  if (maximum !== undefined) out.push({ expected: new RegExp(`and ${maximum}, got ${maximum + 1}$`), label: `${maximum + 1}`, value: () => maximum + 1 })
  if (typeOf(node) === 'integer') out.push({ expected: /^must be an integer, got \d+\.5$/, label: 'a fraction', value: () => (minimum ?? 0) + 0.5 })
  return out
}

/** Problems with answers just outside each hard limit: each must fail at its path, naming limit and value. */
export const outsideLimitProblems = (schema: z.ZodType): { checked: number; problems: string[] } => {
  const base = schemaLiteralAnswer(sentSchema(schema))
  let checked = 0
  const problems = schemaNodes(sentSchema(schema)).flatMap(({ node, path }) =>
    outsideValues(node).flatMap(({ expected, label, value }) => {
      checked++
      const issues = issuesOf(schema, setAt(base, path, value))
      const named = issues.some((issue) => showPath(issue.path) === showPath(path) && expected.test(issue.message))
      return named ? [] : [`${showPath(path)} at ${label}: expected ${expected}, got ${JSON.stringify(issues)}`]
    }),
  )
  return { checked, problems }
}

/** Targets match when they count the same thing over the same range; sentences may count items or prose. */
const sameTarget = (a: StatedTarget, b: StatedTarget) =>
  a.low === b.low && a.high === b.high && (a.unit === b.unit || (a.unit !== 'characters' && a.unit !== 'words' && b.unit !== 'characters' && b.unit !== 'words'))

/**
 * Targets a template states that no description of its schema states alike: the template must ask for
 * what the schema describes (and so what validates). `quotas` are phrases about no single field.
 */
export const templateTargetProblems = (template: string, schemaBlock: string, schema: z.ZodType, quotas: string[]): string[] => {
  const prose = template.replace(schemaBlock, '').replace(/\{\{[^}]*\}\}/g, '')
  const described = describedTargets(schema).map(({ target }) => target)
  return parseTargets(prose)
    .filter((target) => !quotas.some((quota) => target.phrase.startsWith(quota)))
    .filter((target) => !described.some((other) => sameTarget(target, other)))
    .map((target) => `"${target.phrase}" (${target.unit} ${target.low}–${target.high}) is stated by no description of the schema`)
}
