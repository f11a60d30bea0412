import { keywordsIn, mapSchema, type SchemaNode } from './schemaWalk.js'

/** Limits a model can also read from a description when a server will not take them as keywords. */
export const LIMIT_KEYWORDS = [
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'multipleOf',
] as const

/** Keywords we may drop when a server rejects them; structure (type, properties, items, anyOf, $ref...) never. */
const DROPPABLE = new Set<string>([
  ...LIMIT_KEYWORDS,
  'additionalProperties',
  '$schema',
  'const',
  'enum',
  'propertyNames',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'default',
  'examples',
  'title',
])

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Droppable keywords of `schema` that an error message names: quoted ("minItems", 'const', `enum`),
 * or bare when the name cannot be an ordinary word (camelCase or `$`).
 */
export function keywordsNamedIn(message: string, schema: SchemaNode): string[] {
  return [...keywordsIn(schema)].filter((keyword) => {
    if (!DROPPABLE.has(keyword)) return false
    const name = escapeRegExp(keyword)
    if (new RegExp(`["'\`]${name}["'\`]`).test(message)) return true
    return /[A-Z$]/.test(keyword) && new RegExp(`(^|[^\\w$])${name}(?![\\w$])`).test(message)
  })
}

export function limitKeywordsIn(schema: SchemaNode): string[] {
  const present = keywordsIn(schema)
  return LIMIT_KEYWORDS.filter((k) => present.has(k))
}

const isSafe = (value: unknown): value is number => typeof value === 'number' && Math.abs(value) < Number.MAX_SAFE_INTEGER
const quote = (value: unknown) => JSON.stringify(value)

function range(min: unknown, max: unknown, unit: string): string | undefined {
  const suffix = unit ? ` ${unit}` : ''
  if (isSafe(min) && isSafe(max)) return unit ? `${min}–${max}${suffix}` : `between ${min} and ${max}`
  if (isSafe(min)) return `at least ${min}${suffix}`
  if (isSafe(max)) return `at most ${max}${suffix}`
  return undefined
}

/** How the dropped keywords of one node read in its description, e.g. "2–15 items", "between 100 and 20000". */
function limitText(node: SchemaNode, dropped: Set<string>): string[] {
  const pick = (k: string) => (dropped.has(k) ? node[k] : undefined)
  const parts = [
    range(pick('minItems'), pick('maxItems'), 'items'),
    range(pick('minimum'), pick('maximum'), ''),
    isSafe(pick('exclusiveMinimum')) ? `greater than ${String(node.exclusiveMinimum)}` : undefined,
    isSafe(pick('exclusiveMaximum')) ? `less than ${String(node.exclusiveMaximum)}` : undefined,
    range(pick('minLength'), pick('maxLength'), 'characters'),
    pick('pattern') !== undefined ? `matching /${String(node.pattern)}/` : undefined,
    pick('format') !== undefined ? `format ${String(node.format)}` : undefined,
    pick('multipleOf') !== undefined ? `a multiple of ${String(node.multipleOf)}` : undefined,
    Array.isArray(pick('enum')) ? `one of ${(node.enum as unknown[]).map(quote).join(', ')}` : undefined,
    pick('const') !== undefined ? `exactly ${quote(node.const)}` : undefined,
    pick('uniqueItems') === true ? 'no duplicates' : undefined,
  ]
  return parts.filter((p): p is string => p !== undefined)
}

/** A copy of `schema` without `dropped` keywords; the limits they carried move into descriptions. */
export function withoutKeywords(schema: SchemaNode, dropped: ReadonlySet<string>): SchemaNode {
  if (dropped.size === 0) return schema
  const drop = new Set(dropped)
  return mapSchema(schema, (node) => {
    const notes = limitText(node, drop)
    const out: SchemaNode = {}
    for (const [key, value] of Object.entries(node)) if (!drop.has(key)) out[key] = value
    if (notes.length > 0) {
      const description = typeof node.description === 'string' && node.description.trim() !== '' ? `${node.description.trim()} ` : ''
      out.description = `${description}(${notes.join('; ')})`
    }
    return out
  })
}
