import { zodResponseFormat } from 'openai/helpers/zod'
import type { ResponseFormatJSONObject, ResponseFormatJSONSchema } from 'openai/resources/shared'
import type { z } from 'zod'

import { withoutKeywords } from './schemaKeywords.js'
import type { LlmMessage, StructuredMode } from './types.js'

export interface StructuredFormat {
  name: string
  /** Strict JSON Schema (all properties required, additionalProperties false), limits as keywords. */
  jsonSchema: Record<string, unknown>
}

/** The chain tried in order; a 400 moves one step down. */
export const MODE_CHAIN: readonly StructuredMode[] = ['json_schema', 'json_object', 'prompt']

/** Converting costs up to a millisecond per call and a phase's schema never changes: once per schema. */
const formats = new WeakMap<z.ZodType, Map<string, StructuredFormat>>()
const stripped = new WeakMap<StructuredFormat, Map<string, Record<string, unknown>>>()

/**
 * Converts the zod schema with the SDK's own strict-mode converter, which throws on constructs strict
 * mode cannot express (`.optional()` without `.nullable()`, `z.record`): the caller reports that as a config error.
 */
export function buildStructuredFormat(schema: z.ZodType, schemaName: string): StructuredFormat {
  // OpenAI requires ^[a-zA-Z0-9_-]{1,64}$.
  const name = schemaName.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64) || 'response'
  let byName = formats.get(schema)
  if (!byName) formats.set(schema, (byName = new Map()))
  let built = byName.get(name)
  if (!built) {
    const format = zodResponseFormat(schema, name)
    const { $schema: _ignored, ...jsonSchema } = (format.json_schema.schema ?? {}) as Record<string, unknown>
    byName.set(name, (built = { name, jsonSchema }))
  }
  return built
}

/** The schema to send once a server has rejected `dropped` keywords (memoised per format). */
export function schemaWithout(format: StructuredFormat, dropped: ReadonlySet<string>): Record<string, unknown> {
  if (dropped.size === 0) return format.jsonSchema
  const key = [...dropped].sort().join(',')
  let byKey = stripped.get(format)
  if (!byKey) stripped.set(format, (byKey = new Map()))
  let schema = byKey.get(key)
  if (!schema) byKey.set(key, (schema = withoutKeywords(format.jsonSchema, dropped)))
  return schema
}

export function responseFormatFor(
  mode: StructuredMode,
  format: StructuredFormat,
  dropped: ReadonlySet<string> = new Set(),
): ResponseFormatJSONSchema | ResponseFormatJSONObject | undefined {
  if (mode === 'json_schema') {
    return { type: 'json_schema', json_schema: { name: format.name, schema: schemaWithout(format, dropped), strict: true } }
  }
  if (mode === 'json_object') return { type: 'json_object' }
  return undefined
}

/** The schema as text, for modes (and servers) that do not apply it from response_format. */
export function schemaInstructions(format: StructuredFormat): string {
  return [
    `Respond with a single JSON value named "${format.name}" that conforms to this JSON Schema:`,
    JSON.stringify(format.jsonSchema),
    'Output only the JSON: no explanations, no markdown code fences.',
  ].join('\n')
}

/**
 * json_object and prompt modes do not carry the schema, so it goes into the system prompt.
 * Appended to the first system message: several chat templates (llama.cpp, Ollama) reject a second one.
 */
export function messagesForMode(messages: LlmMessage[], mode: StructuredMode, format: StructuredFormat): LlmMessage[] {
  if (mode === 'json_schema') return messages
  const instructions = schemaInstructions(format)
  const [first, ...rest] = messages
  if (first && (first.role === 'system' || first.role === 'developer') && typeof first.content === 'string') {
    return [{ ...first, content: `${first.content}\n\n${instructions}` }, ...rest]
  }
  return [{ role: 'system', content: instructions }, ...messages]
}
