import type { z } from 'zod'

import { logLine, startCall, type CallContext } from './callContext.js'
import type { LlmClient } from './client.js'
import { repairMessages } from './repair.js'
import { askStructured, modeOf, startModeState, type AskParams, type ModeState } from './structuredAsk.js'
import { buildStructuredFormat, schemaInstructions, type StructuredFormat } from './structuredFormat.js'
import { turnProblem } from './turnProblem.js'
import type { LlmCallOptions, LlmError, LlmFailure, LlmMessage, StructuredResult } from './types.js'
import { validateAnswer } from './validateAnswer.js'

export interface GenerateStructuredOptions<S extends z.ZodType> extends LlmCallOptions {
  client: LlmClient
  messages: LlmMessage[]
  /** Strict-mode compatible: `.nullable()` instead of `.optional()`, no `z.record`. */
  schema: S
  /** Name sent as `json_schema.name` ([a-zA-Z0-9_-], max 64). */
  schemaName: string
  model?: string
  temperature?: number
  maxTokens?: number
  /** Overrides `settings.maxRepairs`. */
  maxRepairs?: number
  /** Stream the reply: the per-request timeout then applies to each gap between chunks. */
  stream?: boolean
  /** Streamed text; a retried or repeated request streams its text again from the start. */
  onDelta?: (text: string) => void
}

/** The answer to validate next: requested, or stored by an earlier process. */
type Answer = { content: string }

/**
 * Asks for JSON matching `schema` (json_schema → json_object → schema in the prompt on 400s, dropping
 * JSON Schema keywords a server rejects), validates with zod after cutting over-long lists, then up to
 * `maxRepairs` repair turns and one fresh sample. Never throws, except to pass on `onAnswer`'s error.
 */
export async function generateStructured<S extends z.ZodType>(opts: GenerateStructuredOptions<S>): Promise<StructuredResult<z.output<S>>> {
  const ctx = startCall(opts.client, opts.model, opts)
  let format: StructuredFormat
  try {
    format = buildStructuredFormat(opts.schema, opts.schemaName)
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    return failure(ctx, { kind: 'config', message: `Schema "${opts.schemaName}" cannot be used for structured output: ${reason}` })
  }
  const state = startModeState(ctx)
  const params: AskParams = { messages: opts.messages, temperature: opts.temperature, maxTokens: opts.maxTokens, stream: opts.stream, onDelta: opts.onDelta }
  const ask = (history: LlmMessage[]) => askStructured(ctx, state, format, params, history)
  const maxRepairs = opts.maxRepairs ?? ctx.client.settings.maxRepairs
  let history: LlmMessage[] = []
  let repairs = 0
  let resampled = false
  let answer: Answer | LlmFailure = opts.storedAnswer !== undefined ? { content: opts.storedAnswer } : await receive(ctx, state, await ask(history))

  for (;;) {
    if ('ok' in answer) return answer
    const checked = validateAnswer(opts.schema, format.jsonSchema, answer.content)
    if (checked.ok) {
      if (checked.cuts.length > 0) logLine(ctx, 'info', `LLM answer for "${format.name}": cut lists to their maxItems (${checked.cuts.join('; ')})`)
      return { ok: true, data: checked.data, raw: answer.content, mode: modeOf(state), repairs, resampled, ...ctx.tally.stats() }
    }
    if (repairs < maxRepairs) {
      repairs++
      // Some servers (Anthropic's OpenAI layer) ignore response_format: then the model never saw the
      // schema, so the repair spells it out.
      const schemaText = modeOf(state) === 'json_schema' ? schemaInstructions(format) : undefined
      history = [...history, ...repairMessages(answer.content, checked.problem, format.name, schemaText)]
    } else if (!resampled) {
      resampled = true
      history = []
    } else {
      const message = `The reply did not match schema "${format.name}" after ${repairs} repair turn(s) and a fresh sample: ${checked.lines.slice(0, 3).join('; ')}`
      return failure(ctx, { kind: 'invalid', message }, { mode: modeOf(state), raw: answer.content, validationErrors: checked.lines })
    }
    answer = await receive(ctx, state, await ask(history))
  }
}

/** A requested answer: written ahead through onAnswer, then refusals and truncation end the call. */
async function receive(ctx: CallContext, state: ModeState, result: Awaited<ReturnType<typeof askStructured>>): Promise<Answer | LlmFailure> {
  if (!result.ok) return failure(ctx, result.error, { mode: modeOf(state) })
  const { turn } = result
  ctx.tally.add(turn.usage)
  await ctx.options.onAnswer?.({ raw: turn.content, usage: turn.usage, attempts: ctx.tally.attempts })
  const problem = turnProblem(turn)
  if (problem) return failure(ctx, problem, { mode: modeOf(state), raw: turn.content || undefined })
  return { content: turn.content }
}

function failure(ctx: CallContext, error: LlmError, extra: Partial<LlmFailure> = {}): LlmFailure {
  return { ok: false, error: { ...error, message: ctx.client.redact(error.message) }, ...ctx.tally.stats(), ...extra }
}
