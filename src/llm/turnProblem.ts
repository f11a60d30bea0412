import type { ChatTurn } from './requestTurn.js'
import type { LlmError } from './types.js'

/** Refusals and truncation are final: repairing them would only burn tokens or hide a cut-off answer. */
export function turnProblem(turn: ChatTurn): LlmError | undefined {
  if (turn.refusal) return { kind: 'refusal', message: `The model refused: ${turn.refusal}` }
  if (turn.finishReason === 'content_filter') {
    return { kind: 'refusal', message: 'The provider content filter stopped the reply (finish_reason "content_filter")' }
  }
  if (turn.finishReason === 'length') {
    return {
      kind: 'truncated',
      message: `The reply was cut off at the token limit (finish_reason "length", ${turn.usage.completionTokens} completion tokens); raise maxTokens or shorten the prompt`,
    }
  }
  return undefined
}
