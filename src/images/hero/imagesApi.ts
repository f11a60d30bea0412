import type { LlmClient } from '../../llm/client.js'

import { imageKindOf, type ImageKind } from './imageBytes.js'

export type ImageRequest = { model: string; prompt: string; size: string; timeoutMs: number }

export type ImageUsage = { inputTokens: number; outputTokens: number; totalTokens: number }

export type ImageAnswer =
  | { bytes: Buffer; kind: ImageKind; latencyMs: number; ok: true; usage?: ImageUsage }
  | { error: string; latencyMs: number; ok: false }

/** The SDK's own retries (backoff, `Retry-After`) for 429/5xx and dropped connections. */
const IMAGE_RETRIES = 2

/** GPT image models always answer base64 and reject `response_format`; DALL·E and most others need it. */
const responseFormat = (model: string) => (/^gpt-image/i.test(model) ? {} : { response_format: 'b64_json' as const })

/** The image of an answer that gave a URL instead of base64 (some compatible servers do). */
const download = async (url: string, timeoutMs: number): Promise<Buffer> => {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
  if (!response.ok) throw new Error(`downloading the generated image answered ${response.status}`)
  return Buffer.from(await response.arrayBuffer())
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? 'unknown error'

/**
 * One image from the images API of the configured endpoint (`POST /images/generations`). Never
 * throws: a failure comes back as `ok: false` with a message free of the API key.
 */
export const requestImage = async (client: LlmClient, request: ImageRequest): Promise<ImageAnswer> => {
  const started = Date.now()
  const failed = (error: string): ImageAnswer => ({ error: client.redact(error), latencyMs: Date.now() - started, ok: false })
  try {
    const answer = await client.openai.images.generate(
      { model: request.model, n: 1, prompt: request.prompt, size: request.size as never, ...responseFormat(request.model) },
      { maxRetries: IMAGE_RETRIES, timeout: request.timeoutMs },
    )
    const first = answer.data?.[0]
    const bytes = first?.b64_json ? Buffer.from(first.b64_json, 'base64') : first?.url ? await download(first.url, request.timeoutMs) : undefined
    if (!bytes) return failed('the images API answered without an image')
    const kind = imageKindOf(bytes)
    if (!kind) return failed('the images API answered with data that is not a PNG, JPEG or WebP image')
    const usage = answer.usage
      ? { inputTokens: answer.usage.input_tokens, outputTokens: answer.usage.output_tokens, totalTokens: answer.usage.total_tokens }
      : undefined
    return { bytes, kind, latencyMs: Date.now() - started, ok: true, usage }
  } catch (err) {
    return failed(`images API request failed: ${messageOf(err)}`)
  }
}
