import { keywordsNamedIn, limitKeywordsIn } from './schemaKeywords.js'
import type { LlmError, StructuredMode } from './types.js'

/**
 * How to change the request after a 400/422: drop JSON Schema keywords, step down the mode chain,
 * or nothing (the 400 is about something else). Servers say which only in the message text, so this
 * is the one place that reads it.
 */
export type FormatRejection = { change: 'keywords'; keywords: string[] } | { change: 'mode' } | undefined

const ABOUT_FORMAT = /response_format|json_schema|json_object|structured|grammar|schema/i
const ABOUT_SOMETHING_ELSE = /context.length|maximum context|too many tokens|max_(completion_)?tokens|temperature/i
const MODE_UNSUPPORTED = /(response_format|json_schema|json_object)[\s\S]*(not supported|unsupported|not available|must be)/i
const SCHEMA_CONTENT = /unknown name|invalid json payload|keyword|not supported|unsupported|not permitted|not allowed|invalid schema/i

export function formatRejection(error: LlmError, mode: StructuredMode, sentSchema: Record<string, unknown> | undefined): FormatRejection {
  if (error.kind !== 'http' || (error.status !== 400 && error.status !== 422)) return undefined
  const { message } = error
  if (mode === 'json_schema' && sentSchema) {
    const named = keywordsNamedIn(message, sentSchema)
    if (named.length > 0) return { change: 'keywords', keywords: named }
    const limits = limitKeywordsIn(sentSchema)
    if (!MODE_UNSUPPORTED.test(message) && SCHEMA_CONTENT.test(message) && limits.length > 0) return { change: 'keywords', keywords: limits }
  }
  if (ABOUT_FORMAT.test(message)) return { change: 'mode' }
  return ABOUT_SOMETHING_ELSE.test(message) ? undefined : { change: 'mode' }
}
