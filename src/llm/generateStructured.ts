import type { z } from 'zod'

import { CallTally } from './callStats.js'
import { runChatTurn } from './chatTurn.js'
import type { LlmClient } from './client.js'
import { startDeadline } from './deadline.js'
import { extractJson } from './extractJson.js'
import { cachedMode, modeCacheKey, rememberMode } from './modeCache.js'
import { describeZodError, issueLines, repairMessages } from './repair.js'
import { MODE_CHAIN, buildStructuredFormat, messagesForMode, responseFormatFor } from './structuredFormat.js'
import { turnProblem } from './turnProblem.js'
import type { LlmError, LlmFailure, LlmMessage, StructuredMode, StructuredResult } from './types.js'

export interface GenerateStructuredOptions<S extends z.ZodType> {
  client: LlmClient
  messages: LlmMessage[]
  /** Strict-mode compatible: `.nullable()` instead of `.optional()`, no `z.record`. */
  schema: S
  /** Name sent as `json_schema.name` ([a-zA-Z0-9_-], max 64). */
  schemaName: string
  model?: string
  temperature?: number
  maxTokens?: number
  signal?: AbortSignal
  /** Overrides `settings.maxRepairs`. */
  maxRepairs?: number
  stream?: boolean
  onDelta?: (text: string) => void
}

/** True for a 400/422 that plausibly rejects the response_format rather than something else in the request. */
function rejectsFormat(error: LlmError): boolean {
  if (error.kind !== 'http' || (error.status !== 400 && error.status !== 422)) return false
  if (/response_format|json_schema|json_object|structured|grammar|schema/i.test(error.message)) return true
  return !/context.length|maximum context|too many tokens|max_(completion_)?tokens|temperature/i.test(error.message)
}

type Validation<T> = { ok: true; data: T } | { ok: false; problem: string; lines: string[] }

function validate<S extends z.ZodType>(schema: S, content: string): Validation<z.output<S>> {
  const extracted = extractJson(content)
  if (!extracted.ok) return { ok: false, problem: `The reply is not valid JSON: ${extracted.reason}.`, lines: [extracted.reason] }
  const parsed = schema.safeParse(extracted.value)
  if (parsed.success) return { ok: true, data: parsed.data }
  return { ok: false, problem: describeZodError(parsed.error), lines: issueLines(parsed.error) }
}

/**
 * Asks for JSON matching `schema`, walking json_schema → json_object → schema-in-prompt on 400s,
 * then validates with zod and allows bounded repair turns. Never throws.
 */
export async function generateStructured<S extends z.ZodType>(opts: GenerateStructuredOptions<S>): Promise<StructuredResult<z.output<S>>> {
  const { client } = opts
  const model = opts.model ?? client.settings.model
  const tally = new CallTally(client, model)
  const fail = (error: LlmError, extra: Partial<LlmFailure> = {}): LlmFailure => ({
    ok: false,
    error: { ...error, message: client.redact(error.message) },
    ...tally.stats(),
    ...extra,
  })

  let format
  try {
    format = buildStructuredFormat(opts.schema, opts.schemaName)
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    return fail({ kind: 'config', message: `Schema "${opts.schemaName}" cannot be used for structured output: ${reason}` })
  }

  const cacheKey = modeCacheKey(client.settings.baseURL, model)
  let modeIndex = MODE_CHAIN.indexOf(cachedMode(cacheKey) ?? 'json_schema')
  let modeAccepted = false
  let repairTurns: LlmMessage[] = []
  let repairs = 0
  const maxRepairs = opts.maxRepairs ?? client.settings.maxRepairs
  const deadline = startDeadline(client.settings.maxTotalMs, opts.signal)

  try {
    for (;;) {
      const mode: StructuredMode = MODE_CHAIN[modeIndex]
      tally.attempts++
      const result = await runChatTurn(
        client,
        {
          messages: [...messagesForMode(opts.messages, mode, format), ...repairTurns],
          model,
          temperature: opts.temperature,
          maxTokens: opts.maxTokens,
          responseFormat: responseFormatFor(mode, format),
          stream: opts.stream,
          onDelta: opts.onDelta,
        },
        deadline,
      )
      if (!result.ok) {
        if (!modeAccepted && modeIndex < MODE_CHAIN.length - 1 && rejectsFormat(result.error)) {
          modeIndex++
          continue
        }
        return fail(result.error, { mode })
      }

      const { turn } = result
      tally.add(turn.usage)
      if (!modeAccepted) {
        modeAccepted = true
        rememberMode(cacheKey, mode)
      }
      const problem = turnProblem(turn)
      if (problem) return fail(problem, { mode, raw: turn.content || undefined })

      const checked = validate(opts.schema, turn.content)
      if (checked.ok) return { ok: true, data: checked.data, raw: turn.content, mode, repairs, ...tally.stats() }
      if (repairs >= maxRepairs) {
        return fail(
          {
            kind: 'invalid',
            message: `The reply did not match schema "${format.name}" after ${repairs} repair turn(s): ${checked.lines.slice(0, 3).join('; ')}`,
          },
          { mode, raw: turn.content, validationErrors: checked.lines },
        )
      }
      repairs++
      repairTurns = [...repairTurns, ...repairMessages(turn.content, checked.problem, format.name)]
    }
  } finally {
    deadline.dispose()
  }
}
