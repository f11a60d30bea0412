import type { z } from 'zod'

import { extractJson } from './extractJson.js'
import { describeZodError, issueLines } from './repair.js'
import { truncateLists } from './truncateLists.js'

export type Validation<T> = { ok: true; data: T; cuts: string[] } | { ok: false; problem: string; lines: string[] }

/** Extracts the JSON, cuts lists longer than the schema's maxItems, then validates with zod. */
export function validateAnswer<S extends z.ZodType>(schema: S, jsonSchema: Record<string, unknown>, content: string): Validation<z.output<S>> {
  const extracted = extractJson(content)
  if (!extracted.ok) return { ok: false, problem: `The reply is not valid JSON: ${extracted.reason}.`, lines: [extracted.reason] }
  const cuts = truncateLists(extracted.value, jsonSchema)
  const parsed = schema.safeParse(extracted.value)
  if (parsed.success) return { ok: true, data: parsed.data, cuts }
  return { ok: false, problem: describeZodError(parsed.error), lines: issueLines(parsed.error) }
}
