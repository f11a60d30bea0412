import { startCall, type CallContext } from './callContext.js'
import type { LlmClient } from './client.js'
import { retryingTurn } from './retryingTurn.js'
import { stripThinking } from './thinking.js'
import { turnProblem } from './turnProblem.js'
import type { LlmCallOptions, LlmError, LlmMessage, TextResult } from './types.js'

export interface GenerateTextOptions extends LlmCallOptions {
  client: LlmClient
  messages: LlmMessage[]
  model?: string
  temperature?: number
  maxTokens?: number
  /** Stream the reply: the per-request timeout then applies to each gap between chunks. */
  stream?: boolean
  /** Streamed text; a retried request streams its text again from the start. */
  onDelta?: (text: string) => void
}

/**
 * One free-text (markdown) completion, retried through outages; refusals, truncation and empty
 * replies are failures. A non-empty `storedAnswer` is used as is. Never throws, except to pass on `onAnswer`'s error.
 */
export async function generateText(opts: GenerateTextOptions): Promise<TextResult> {
  const ctx = startCall(opts.client, opts.model, opts)
  const stored = opts.storedAnswer !== undefined ? stripThinking(opts.storedAnswer) : ''
  if (stored !== '') return { ok: true, text: stored, ...ctx.tally.stats() }

  const result = await retryingTurn(ctx, {
    messages: opts.messages,
    model: ctx.model,
    temperature: opts.temperature,
    maxTokens: opts.maxTokens,
    stream: opts.stream,
    onDelta: opts.onDelta,
  })
  if (!result.ok) return failure(ctx, result.error)
  const { turn } = result
  ctx.tally.add(turn.usage)
  await opts.onAnswer?.({ raw: turn.content, usage: turn.usage, attempts: ctx.tally.attempts })
  const problem = turnProblem(turn)
  if (problem) return failure(ctx, problem, turn.content)
  const text = stripThinking(turn.content)
  if (text === '') return failure(ctx, { kind: 'invalid', message: 'The model returned an empty reply' })
  return { ok: true, text, ...ctx.tally.stats() }
}

function failure(ctx: CallContext, error: LlmError, raw?: string): TextResult {
  return { ok: false, error: { ...error, message: ctx.client.redact(error.message) }, ...ctx.tally.stats(), ...(raw ? { raw } : {}) }
}
