import { z } from 'zod'

import type { JsonOutputKind } from './kinds.js'

import { phaseSchemas } from './phaseSchemas.js'

/** The subset of JSON Schema that `z.toJSONSchema` emits for our schemas. */
type JsonSchema = {
  anyOf?: JsonSchema[]
  const?: unknown
  description?: string
  enum?: unknown[]
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  type?: string | string[]
}

/** A rendered value: its lines, and a comment for the end of the first line. */
type Rendered = { comment?: string; lines: string[] }

const pad = (depth: number) => '  '.repeat(depth)

const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('; ') || undefined

const scalarLabel = (node: JsonSchema): string | undefined => {
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ')
  if (node.const !== undefined) return JSON.stringify(node.const)
  if (node.anyOf) {
    const labels = node.anyOf.map(scalarLabel)
    return labels.every(Boolean) ? labels.join(' or ') : undefined
  }
  if (Array.isArray(node.type)) return node.type.join(' or ')
  if (node.type && node.type !== 'object' && node.type !== 'array') return node.type
  return undefined
}

const render = (node: JsonSchema, depth: number): Rendered => {
  const label = scalarLabel(node)
  if (label !== undefined) return { comment: node.description, lines: [label] }

  if (node.type === 'array' && node.items) {
    const item = render(node.items, depth + 1)
    if (item.lines.length === 1) {
      return { comment: join(node.description, item.comment && `each: ${item.comment}`), lines: [`[${item.lines[0]}]`] }
    }
    return { comment: node.description, lines: ['[', ...withComment(item, pad(depth + 1), ''), `${pad(depth)}]`] }
  }

  const entries = Object.entries(node.properties ?? {})
  const lines = entries.flatMap(([key, child], index) => {
    const comma = index < entries.length - 1 ? ',' : ''
    return withComment(render(child, depth + 1), `${pad(depth + 1)}${JSON.stringify(key)}: `, comma)
  })
  return { comment: node.description, lines: ['{', ...lines, `${pad(depth)}}`] }
}

/** Prefix the first line, put the comma on the last line and the comment after the first. */
const withComment = ({ comment, lines }: Rendered, prefix: string, comma: string): string[] =>
  lines.map((line, index) => {
    let out = index === 0 ? prefix + line : line
    if (index === lines.length - 1) out += comma
    if (index === 0 && comment) out += `  // ${comment}`
    return out
  })

/**
 * The expected JSON of a phase as an annotated example shape (keys, types, enums, counts, limits), for
 * prompts and for servers that refuse `response_format: json_schema`. Every key shown is required.
 */
export const describeSchemaForPrompt = (kind: JsonOutputKind): string => {
  const jsonSchema = z.toJSONSchema(phaseSchemas[kind]) as JsonSchema
  return withComment(render(jsonSchema, 0), '', '').join('\n')
}
