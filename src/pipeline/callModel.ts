import type { LlmClient, LlmFailure, LlmMessage, LlmUsage } from '../llm/index.js'
import type { PhaseHandler } from '../phases/types.js'
import type { PhaseParams } from './inputHash.js'

import { generateStructured, generateText } from '../llm/index.js'

export type LlmWait = { nextTryAt: Date; reason: string; since: Date } | null

export type ModelCall = {
  client: LlmClient
  handler: PhaseHandler
  messages: LlmMessage[]
  model: string
  /** Write-ahead: called with every answer as it arrives, before it is validated or used. */
  onAnswer: (answer: { attempts: number; raw: string; usage: LlmUsage }) => Promise<void>
  /** The endpoint is down or rate-limited and the call waits (null once it answers again). */
  onWaiting: (wait: LlmWait) => void
  params: PhaseParams
  schemaName: string
  signal?: AbortSignal
  /** An answer a previous holder of this phase stored before it died: validated instead of asking again. */
  storedAnswer?: string
  warn: (message: string) => void
}

export type ModelResult =
  | ({ ok: true; output: unknown; raw: string } & Omit<LlmFailure, 'error' | 'ok' | 'raw' | 'validationErrors'>)
  | LlmFailure

/** JSON phases use structured output with repair turns; markdown phases free text, checked by the schema. */
export const callModel = async (call: ModelCall): Promise<ModelResult> => {
  const common = {
    client: call.client,
    log: (level: 'info' | 'warn', message: string) => (level === 'warn' ? call.warn(message) : undefined),
    maxTokens: call.params.maxTokens ?? undefined,
    messages: call.messages,
    model: call.model,
    onAnswer: call.onAnswer,
    onWaiting: call.onWaiting,
    signal: call.signal,
    storedAnswer: call.storedAnswer,
    temperature: call.params.temperature ?? undefined,
  }
  if (call.handler.format === 'json') {
    const result = await generateStructured({ ...common, schema: call.handler.schema, schemaName: call.schemaName })
    return result.ok ? { ...result, output: result.data } : result
  }
  const result = await generateText(common)
  if (!result.ok) return result
  const parsed = call.handler.schema.safeParse(result.text)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => issue.message)
    return {
      ...result,
      error: { kind: 'invalid', message: `The reply is not usable text: ${issues.join('; ')}` },
      ok: false,
      raw: result.text,
      validationErrors: issues,
    }
  }
  return { ...result, output: parsed.data, raw: result.text }
}
