import type { LlmMessage } from '../llm/index.js'

import { countTokens as cl100kTokens } from 'gpt-tokenizer/encoding/cl100k_base'
import { countTokens as o200kTokens } from 'gpt-tokenizer/encoding/o200k_base'
import { modelToEncodingMap } from 'gpt-tokenizer/mapping'

/** Characters per token assumed for models whose tokenizer is not known (not OpenAI's). */
const CHARS_PER_TOKEN = 4
/**
 * OpenAI's chat format around each message (`<|im_start|>role<|im_sep|>…<|im_end|>`) and the
 * primer of the reply, as in OpenAI's token-counting guide for gpt-4o and gpt-4.
 */
const TOKENS_PER_MESSAGE = 3
const TOKENS_REPLY_PRIMER = 3

export type PromptTokenCount = {
  /** `tokenizer`: OpenAI's own encoding (gpt-tokenizer); `characters`: characters / 4. */
  method: 'characters' | 'tokenizer'
  tokens: number
}

type Counter = (text: string) => number

/** Model families OpenAI serves with o200k_base (gpt-4o, gpt-4.1, gpt-5, o-series, chatgpt-*). */
const o200kFamily = /^(gpt-4o|gpt-4\.[1-9]|gpt-[5-9]|chatgpt-|o[1-9](-|$)|gpt-oss-|gpt-realtime|gpt-audio)/

/**
 * The tokenizer of an OpenAI model, or undefined for other models (Llama, Qwen, Claude behind a
 * compatible endpoint). A provider prefix (`openai/gpt-4o` on routers) is ignored; dated names
 * (`gpt-4-0613-x`) match their listed family.
 */
const counterFor = (model: string): Counter | undefined => {
  const name = model.toLowerCase().slice(model.lastIndexOf('/') + 1)
  const listed = Object.keys(modelToEncodingMap)
    .filter((key) => name === key || name.startsWith(`${key}-`))
    .sort((a, b) => b.length - a.length)[0]
  const encoding = listed
    ? modelToEncodingMap[listed as keyof typeof modelToEncodingMap]
    : o200kFamily.test(name)
      ? 'o200k_base'
      : undefined
  if (encoding === 'o200k_base' || encoding === 'o200k_harmony') return o200kTokens
  if (encoding === 'cl100k_base') return cl100kTokens
  // Completion-era encodings (p50k, r50k) belong to models the chat API does not serve.
  return undefined
}

/** How `countPromptTokens` counts for this model, without counting anything. */
export const tokenCountingFor = (model: string): PromptTokenCount['method'] =>
  counterFor(model) ? 'tokenizer' : 'characters'

const textOf = (message: LlmMessage): string =>
  typeof message.content === 'string' ? message.content : JSON.stringify(message.content ?? '')

/**
 * Prompt tokens of a chat request: counted with the model's own tokenizer for OpenAI models
 * (message framing included), characters / 4 for every other model. The one place the plugin
 * counts tokens before a call (the preview, the budget check, the map forecast).
 */
export const countPromptTokens = (messages: LlmMessage[], model: string): PromptTokenCount => {
  const count = counterFor(model)
  if (!count) {
    const chars = messages.reduce((sum, message) => sum + textOf(message).length, 0)
    return { method: 'characters', tokens: Math.ceil(chars / CHARS_PER_TOKEN) }
  }
  const tokens = messages.reduce(
    (sum, message) => sum + TOKENS_PER_MESSAGE + count(message.role) + count(textOf(message)),
    TOKENS_REPLY_PRIMER,
  )
  return { method: 'tokenizer', tokens }
}
