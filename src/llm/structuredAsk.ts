import type { CallContext } from './callContext.js'
import { logLine } from './callContext.js'
import { formatRejection } from './formatRejection.js'
import { cachedMode, cachedRejectedKeywords, modeCacheKey, rememberMode, rememberRejectedKeywords } from './modeCache.js'
import { retryingTurn } from './retryingTurn.js'
import type { ChatTurn } from './requestTurn.js'
import { MODE_CHAIN, messagesForMode, responseFormatFor, schemaWithout, type StructuredFormat } from './structuredFormat.js'
import type { LlmError, LlmMessage, StructuredMode } from './types.js'

/** How this call asks for JSON; starts from what the server accepted before (per baseURL + model). */
export interface ModeState {
  cacheKey: string
  index: number
  accepted: boolean
  dropped: Set<string>
}

export function startModeState(ctx: CallContext): ModeState {
  const cacheKey = modeCacheKey(ctx.client.settings.baseURL, ctx.model)
  return { cacheKey, index: MODE_CHAIN.indexOf(cachedMode(cacheKey) ?? 'json_schema'), accepted: false, dropped: new Set(cachedRejectedKeywords(cacheKey)) }
}

export const modeOf = (state: ModeState): StructuredMode => MODE_CHAIN[state.index]

export interface AskParams {
  messages: LlmMessage[]
  temperature?: number
  maxTokens?: number
  stream?: boolean
  onDelta?: (text: string) => void
}

export type AskResult = { ok: true; turn: ChatTurn } | { ok: false; error: LlmError }

/** Applies a 400 that rejects how we asked; false when it does not (the call then fails with it). */
function adapt(ctx: CallContext, state: ModeState, error: LlmError, format: StructuredFormat): boolean {
  if (state.accepted) return false
  const mode = modeOf(state)
  const rejection = formatRejection(error, mode, mode === 'json_schema' ? schemaWithout(format, state.dropped) : undefined)
  const model = `${ctx.model} at ${ctx.client.settings.baseURL}`
  if (rejection?.change === 'keywords') {
    for (const keyword of rejection.keywords) state.dropped.add(keyword)
    logLine(ctx, 'info', `LLM ${model} rejected JSON Schema keyword(s) ${rejection.keywords.join(', ')}: sending their limits as descriptions (HTTP ${error.status})`)
    return true
  }
  if (rejection?.change === 'mode' && state.index < MODE_CHAIN.length - 1) {
    state.index++
    logLine(ctx, 'info', `LLM ${model} rejected response_format ${mode}: falling back to ${modeOf(state)} (HTTP ${error.status})`)
    return true
  }
  return false
}

/**
 * One structured turn: `extraTurns` (repair history) follow the original messages. Walks the
 * keyword drops and the mode chain on 400s until the server accepts, and remembers what it accepted.
 */
export async function askStructured(
  ctx: CallContext,
  state: ModeState,
  format: StructuredFormat,
  params: AskParams,
  extraTurns: LlmMessage[],
): Promise<AskResult> {
  for (;;) {
    const mode = modeOf(state)
    const result = await retryingTurn(ctx, {
      messages: [...messagesForMode(params.messages, mode, format), ...extraTurns],
      model: ctx.model,
      temperature: params.temperature,
      maxTokens: params.maxTokens,
      responseFormat: responseFormatFor(mode, format, state.dropped),
      stream: params.stream,
      onDelta: params.onDelta,
    })
    if (result.ok) {
      if (!state.accepted) {
        state.accepted = true
        rememberMode(state.cacheKey, mode)
        rememberRejectedKeywords(state.cacheKey, state.dropped)
      }
      return result
    }
    if (!adapt(ctx, state, result.error, format)) return result
  }
}
