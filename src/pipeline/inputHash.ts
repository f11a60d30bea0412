import { createHash } from 'node:crypto'

import type { LlmMessage } from '../llm/index.js'
import type { Id } from './types.js'

export type PhaseParams = {
  maxTokens: null | number
  /** `json` (structured output) or `markdown` (free text). */
  mode: 'json' | 'markdown'
  temperature: null | number
}

/**
 * Identifies one LLM call's inputs: the same hash means the same request, so a succeeded
 * generation with it can be reused instead of paying for the call again.
 */
export const computeInputHash = (input: {
  kitId: Id
  kitVersion: string
  messages: LlmMessage[]
  model: string
  params: PhaseParams
}): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        String(input.kitId),
        input.kitVersion,
        input.model,
        input.params.mode,
        input.params.temperature,
        input.params.maxTokens,
        input.messages,
      ]),
    )
    .digest('hex')
