import { CallTally } from './callStats.js'
import { runChatTurn } from './chatTurn.js'
import type { LlmClient } from './client.js'
import { startDeadline } from './deadline.js'
import { stripThinking } from './thinking.js'
import { turnProblem } from './turnProblem.js'
import type { LlmError, LlmMessage, TextResult } from './types.js'

export interface GenerateTextOptions {
  client: LlmClient
  messages: LlmMessage[]
  model?: string
  temperature?: number
  maxTokens?: number
  signal?: AbortSignal
  /** Stream the reply: the per-attempt timeout then only covers the wait for the first bytes. */
  stream?: boolean
  onDelta?: (text: string) => void
}

/** One free-text (markdown) completion; refusals, truncation and empty replies are failures. Never throws. */
export async function generateText(opts: GenerateTextOptions): Promise<TextResult> {
  const { client } = opts
  const model = opts.model ?? client.settings.model
  const tally = new CallTally(client, model)
  const deadline = startDeadline(client.settings.maxTotalMs, opts.signal)
  const fail = (error: LlmError, raw?: string): TextResult => ({
    ok: false,
    error: { ...error, message: client.redact(error.message) },
    ...tally.stats(),
    ...(raw ? { raw } : {}),
  })

  try {
    tally.attempts++
    const result = await runChatTurn(
      client,
      {
        messages: opts.messages,
        model,
        temperature: opts.temperature,
        maxTokens: opts.maxTokens,
        stream: opts.stream,
        onDelta: opts.onDelta,
      },
      deadline,
    )
    if (!result.ok) return fail(result.error)
    const { turn } = result
    tally.add(turn.usage)
    const problem = turnProblem(turn)
    if (problem) return fail(problem, turn.content)
    const text = stripThinking(turn.content)
    if (text === '') return fail({ kind: 'invalid', message: 'The model returned an empty reply' })
    return { ok: true, text, ...tally.stats() }
  } finally {
    deadline.dispose()
  }
}
