/** Walking JSON Schema nodes (not data): which keys hold subschemas. */

export type SchemaNode = Record<string, unknown>

const isNode = (value: unknown): value is SchemaNode => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Keys whose value is a map of name → subschema (the names are data, never keywords). */
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions']
/** Keys whose value is one subschema (or, for items, possibly an array of them). */
const SCHEMA_SINGLES = ['items', 'additionalProperties', 'not', 'contains', 'if', 'then', 'else', 'propertyNames']
/** Keys whose value is an array of subschemas. */
const SCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems']

/** A copy of `node` with `visit` applied to every schema node, children first. */
export function mapSchema(node: SchemaNode, visit: (node: SchemaNode) => SchemaNode): SchemaNode {
  const out: SchemaNode = { ...node }
  for (const key of SCHEMA_MAPS) {
    const map = out[key]
    if (isNode(map)) out[key] = Object.fromEntries(Object.entries(map).map(([name, sub]) => [name, isNode(sub) ? mapSchema(sub, visit) : sub]))
  }
  for (const key of SCHEMA_SINGLES) {
    const sub = out[key]
    if (isNode(sub)) out[key] = mapSchema(sub, visit)
    else if (Array.isArray(sub)) out[key] = sub.map((s) => (isNode(s) ? mapSchema(s, visit) : s))
  }
  for (const key of SCHEMA_LISTS) {
    const list = out[key]
    if (Array.isArray(list)) out[key] = list.map((s) => (isNode(s) ? mapSchema(s, visit) : s))
  }
  return visit(out)
}

/** Every keyword used anywhere in the schema (property names excluded). */
export function keywordsIn(schema: SchemaNode): Set<string> {
  const found = new Set<string>()
  mapSchema(schema, (node) => {
    for (const key of Object.keys(node)) found.add(key)
    return node
  })
  return found
}

/** Resolves a local `$ref` ("#", "#/$defs/x", "#/definitions/x") against the root schema. */
export function resolveRef(root: SchemaNode, node: SchemaNode): SchemaNode {
  const ref = node.$ref
  if (typeof ref !== 'string' || !ref.startsWith('#')) return node
  let target: unknown = root
  for (const part of ref.slice(1).split('/').filter(Boolean)) {
    target = isNode(target) ? target[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined
  }
  return isNode(target) ? target : node
}

export { isNode }
