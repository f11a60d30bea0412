import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionCreateParamsStreaming,
} from 'openai/resources/chat/completions'
import type { ResponseFormatJSONObject, ResponseFormatJSONSchema } from 'openai/resources/shared'

import OpenAI from 'openai'

import type { LlmClient } from './client.js'
import { classifyFailure, MalformedResponseError, type RequestFailure } from './requestFailure.js'
import { raceAbort, RequestAborted, startRequestTimer, type RequestTimer } from './requestTimer.js'
import type { LlmMessage, LlmUsage } from './types.js'
import { addUsage, emptyUsage, usageFromApi } from './usage.js'

export interface ChatRequest {
  messages: LlmMessage[]
  model: string
  temperature?: number
  maxTokens?: number
  responseFormat?: ResponseFormatJSONSchema | ResponseFormatJSONObject
  stream?: boolean
  onDelta?: (text: string) => void
}

/** One completed assistant turn, normalised across streaming and non-streaming responses. */
export interface ChatTurn {
  content: string
  refusal: string | null
  finishReason: string | null
  usage: LlmUsage
}

/** `headers`: the provider's answer headers (rate-limit state), when an answer came back at all. */
export type RequestOutcome = { headers?: Headers; ok: true; turn: ChatTurn } | { headers?: Headers; ok: false; failure: RequestFailure }

/** Sends exactly one HTTP request (the SDK does not retry) and never throws. */
export async function requestTurn(client: LlmClient, req: ChatRequest, callerSignal?: AbortSignal): Promise<RequestOutcome> {
  const body: ChatCompletionCreateParamsNonStreaming = {
    model: req.model,
    messages: req.messages,
    ...(req.temperature !== undefined ? { temperature: req.temperature } : {}),
    ...(req.maxTokens !== undefined ? { [client.settings.maxTokensParam]: req.maxTokens } : {}),
    ...(req.responseFormat ? { response_format: req.responseFormat } : {}),
  }
  const timer = startRequestTimer(client.settings.timeoutMs, callerSignal)
  const answered: { headers?: Headers } = {}
  try {
    let turn: ChatTurn
    if (req.stream) {
      turn = await streamTurn(client, { ...body, stream: true, stream_options: { include_usage: true } }, timer, answered, req.onDelta)
    } else {
      const { data, response } = await raceAbort(client.openai.chat.completions.create(body, { signal: timer.signal }).withResponse(), timer.signal)
      answered.headers = response.headers
      turn = readCompletion(data)
    }
    return { ...answered, ok: true, turn }
  } catch (err) {
    // Duck-typed: under jest the Headers class of undici's realm is not this realm's.
    const headers = err instanceof OpenAI.APIError && typeof err.headers?.get === 'function' ? err.headers : answered.headers
    return { ...(headers ? { headers } : {}), ok: false, failure: classifyFailure(err, client, timer.cause()) }
  } finally {
    timer.dispose()
  }
}

function readCompletion(completion: ChatCompletion | string | undefined): ChatTurn {
  // The SDK hands back text when the server did not answer with JSON (e.g. a proxy's HTML page).
  if (typeof completion !== 'object' || completion === null) {
    throw new MalformedResponseError(`expected a JSON chat completion, got ${JSON.stringify(String(completion).slice(0, 80))}`)
  }
  const choice = completion.choices?.[0]
  if (!choice?.message) throw new MalformedResponseError('response has no choices[0].message')
  return {
    content: choice.message.content ?? '',
    refusal: choice.message.refusal ?? null,
    finishReason: choice.finish_reason ?? null,
    usage: usageFromApi(completion.usage),
  }
}

async function streamTurn(
  client: LlmClient,
  body: ChatCompletionCreateParamsStreaming,
  timer: RequestTimer,
  answered: { headers?: Headers },
  onDelta?: (text: string) => void,
): Promise<ChatTurn> {
  const { data: stream, response } = await raceAbort(client.openai.chat.completions.create(body, { signal: timer.signal }).withResponse(), timer.signal)
  answered.headers = response.headers
  let content = ''
  let refusal: string | null = null
  let finishReason: string | null = null
  let usage = emptyUsage()
  for await (const chunk of stream) {
    timer.touch()
    if (chunk.usage) usage = addUsage(usage, usageFromApi(chunk.usage))
    const choice = chunk.choices?.[0]
    if (!choice) continue
    if (choice.delta?.content) {
      content += choice.delta.content
      onDelta?.(choice.delta.content)
    }
    if (choice.delta?.refusal) refusal = (refusal ?? '') + choice.delta.refusal
    if (choice.finish_reason) finishReason = choice.finish_reason
  }
  // The SDK ends the iteration quietly when aborted, so check why it ended.
  if (timer.signal.aborted) throw new RequestAborted()
  if (finishReason === null) throw new MalformedResponseError('stream ended without a finish_reason')
  return { content, refusal, finishReason, usage }
}
