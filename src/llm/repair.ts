import { z } from 'zod'

import type { LlmMessage } from './types.js'

const MAX_QUOTED_CHARS = 4000

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key)
  return out || '(root)'
}

/** `path: message` lines, for results and logs. */
export function issueLines(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
}

/**
 * The follow-up turn asking the model to fix its own answer; the problem text is bounded.
 * `schemaText`: the schema spelled out, when the server may have ignored response_format.
 */
export function repairMessages(previousOutput: string, problem: string, schemaName: string, schemaText?: string): LlmMessage[] {
  const quoted = problem.length > MAX_QUOTED_CHARS ? `${problem.slice(0, MAX_QUOTED_CHARS)}\n…` : problem
  return [
    { role: 'assistant', content: previousOutput },
    {
      role: 'user',
      content: [
        `Your previous reply is not valid "${schemaName}" JSON. Problems:`,
        quoted,
        schemaText ?? 'Reply with the corrected JSON only: the complete object, no explanations, no markdown code fences.',
      ].join('\n'),
    },
  ]
}

export function describeZodError(error: z.ZodError): string {
  return z.prettifyError(error)
}
