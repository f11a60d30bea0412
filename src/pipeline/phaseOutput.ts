import type { PhaseHandler } from '../phases/types.js'
import type { Doc } from './types.js'

/** Markdown is stored wrapped: a bare string in a `json` field may be re-parsed as JSON by adapters. */
export const toStoredOutput = (handler: PhaseHandler, output: unknown): unknown =>
  handler.format === 'markdown' ? { markdown: output } : output

/** The validated output kept on a generation, or undefined when it has none that fits the handler. */
export const fromStoredOutput = (handler: PhaseHandler, generation: Doc | null | undefined): unknown => {
  const stored = generation?.parsedOutput
  if (stored === null || stored === undefined) return undefined
  const value = handler.format === 'markdown' ? (stored as { markdown?: unknown }).markdown : stored
  const parsed = handler.schema.safeParse(value)
  return parsed.success ? parsed.data : undefined
}
