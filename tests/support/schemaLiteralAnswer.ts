/*
 * The answer of a model that follows ONLY the JSON Schema keywords it is sent and ignores every
 * description: the weakest structured-output model a phase schema must survive (issue 12, item 6).
 */

type Schema = Record<string, unknown>

/** The literal model's favourite number, used wherever no `minimum` says otherwise. */
export const LITERAL_NUMBER = 7

/** Its text before padding or cutting: a short three-word phrase. */
export const LITERAL_TEXT = 'literal model answer'

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value)

/** `#`, `#/$defs/x`, `#/definitions/x`, or any other local JSON pointer. */
const resolveRef = (root: Schema, ref: string): Schema => {
  if (!ref.startsWith('#')) throw new Error(`schemaLiteralAnswer: only local $refs are supported, got ${ref}`)
  const parts = ref.slice(1).split('/').filter(Boolean).map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
  let node: unknown = root
  for (const part of parts) node = isSchema(node) ? node[part] : undefined
  if (!isSchema(node)) throw new Error(`schemaLiteralAnswer: $ref ${ref} does not resolve`)
  return node
}

const typesOf = (node: Schema): string[] =>
  Array.isArray(node.type) ? (node.type as string[]) : typeof node.type === 'string' ? [node.type] : []

const isNullOnly = (node: Schema) => node.type === 'null' || (Array.isArray(node.enum) && node.enum.length === 1 && node.enum[0] === null)

const literalText = (node: Schema): string => {
  const min = typeof node.minLength === 'number' ? node.minLength : 0
  const max = typeof node.maxLength === 'number' ? node.maxLength : Infinity
  let text = LITERAL_TEXT
  if (text.length < min) {
    while (text.length < min) text += ` ${LITERAL_TEXT}`
    text = text.slice(0, min)
  }
  return text.slice(0, max)
}

const literalNumber = (node: Schema, integer: boolean): number => {
  if (typeof node.minimum === 'number') return integer ? Math.ceil(node.minimum) : node.minimum
  if (typeof node.exclusiveMinimum === 'number') return integer ? Math.floor(node.exclusiveMinimum) + 1 : node.exclusiveMinimum + 1
  return LITERAL_NUMBER
}

const literalArray = (node: Schema, root: Schema, depth: number): unknown[] => {
  const min = typeof node.minItems === 'number' ? node.minItems : 1
  const max = typeof node.maxItems === 'number' ? node.maxItems : Infinity
  const count = Math.min(Math.max(min, 1), max)
  const items = isSchema(node.items) ? node.items : {}
  return Array.from({ length: count }, () => answer(items, root, depth + 1))
}

const answer = (node: Schema, root: Schema, depth: number): unknown => {
  if (depth > 64) throw new Error('schemaLiteralAnswer: schema nested deeper than 64 levels (a $ref cycle?)')
  if (typeof node.$ref === 'string') return answer(resolveRef(root, node.$ref), root, depth + 1)
  if ('const' in node) return node.const
  if (Array.isArray(node.enum)) return node.enum[0]
  const branches = (node.anyOf ?? node.oneOf) as Schema[] | undefined
  if (Array.isArray(branches)) {
    const branch = branches.find((b) => !isNullOnly(b)) ?? branches[0]!
    return answer(branch, root, depth + 1)
  }
  const types = typesOf(node).filter((type) => type !== 'null')
  const type = types[0] ?? (isSchema(node.properties) ? 'object' : node.items ? 'array' : 'null')
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries((node.properties ?? {}) as Record<string, Schema>).map(([key, child]) => [key, answer(child, root, depth + 1)]),
      )
    case 'array':
      return literalArray(node, root, depth)
    case 'string':
      return literalText(node)
    case 'integer':
      return literalNumber(node, true)
    case 'number':
      return literalNumber(node, false)
    case 'boolean':
      return true
    default:
      return null
  }
}

/**
 * Objects with every property; arrays of max(minItems ?? 1, 1) items, at most maxItems; strings of
 * `LITERAL_TEXT` padded or cut to minLength/maxLength; numbers and integers at `minimum`, else 7;
 * enum/const their first value; anyOf and nullable types their first non-null branch; $refs resolved.
 */
export const schemaLiteralAnswer = (schema: Record<string, unknown>): unknown => answer(schema, schema, 0)
