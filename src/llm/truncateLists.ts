import { isNode, resolveRef, type SchemaNode } from './schemaWalk.js'

const MAX_DEPTH = 64

function jsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value === 'number' ? 'number' : typeof value
}

function acceptsType(node: SchemaNode, type: string): boolean {
  const declared = node.type
  const types = Array.isArray(declared) ? declared : declared === undefined ? [] : [declared]
  if (types.length === 0) return (type === 'array' && 'items' in node) || (type === 'object' && 'properties' in node)
  return types.includes(type) || (type === 'number' && types.includes('integer'))
}

/** The branch of an anyOf/oneOf that fits `value`'s JSON type, when exactly one does. */
function branchFor(root: SchemaNode, node: SchemaNode, value: unknown): SchemaNode | undefined {
  const branches = [node.anyOf, node.oneOf].find(Array.isArray)
  if (!branches) return node
  const fitting = branches.filter(isNode).map((b) => resolveRef(root, b)).filter((b) => acceptsType(b, jsonType(value)))
  return fitting.length === 1 ? fitting[0] : undefined
}

function walk(root: SchemaNode, schema: SchemaNode, value: unknown, path: string, cuts: string[], depth: number): void {
  if (depth > MAX_DEPTH) return
  const node = branchFor(root, resolveRef(root, schema), value)
  if (!node) return
  if (Array.isArray(value)) {
    const max = node.maxItems
    if (typeof max === 'number' && value.length > max) {
      cuts.push(`${path || '(root)'}: ${value.length} → ${max} items`)
      value.length = max
    }
    if (isNode(node.items)) value.forEach((item, i) => walk(root, node.items as SchemaNode, item, `${path}[${i}]`, cuts, depth + 1))
    return
  }
  if (isNode(value) && isNode(node.properties)) {
    for (const [key, sub] of Object.entries(node.properties)) {
      if (key in value && isNode(sub)) walk(root, sub, value[key], path ? `${path}.${key}` : key, cuts, depth + 1)
    }
  }
}

/**
 * Cuts lists longer than their schema's `maxItems` down to the limit, in place (nested lists too),
 * so a model that writes one item too many does not fail validation. Returns what was cut.
 */
export function truncateLists(value: unknown, schema: SchemaNode): string[] {
  const cuts: string[] = []
  walk(schema, schema, value, '', cuts, 0)
  return cuts
}
