import type { PayloadRequest, SanitizedConfig } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { DEFAULT_MAX_BODY_BYTES } from '../defaults.js'
import { CUSTOM_KEY } from '../pluginOptions.js'
import { HttpError } from '../shared/httpError.js'

/** How many bytes an endpoint reads, and the option that sets it (named in the 413 answer). */
export type BodyLimit = { bytes: number; option: string }

/** A request whose body is read within a limit: a PayloadRequest, or a route's own fetch Request. */
type BodySource = PayloadRequest | Request

const tooLarge = ({ bytes, option }: BodyLimit) =>
  new HttpError(413, `Request body is larger than the limit of ${bytes} bytes (option \`${option}\`).`)

/** 413 before anything is read when the declared Content-Length is already over the limit. */
export const assertDeclaredLength = (req: BodySource, limit: BodyLimit): void => {
  const declared = Number(req.headers.get('content-length') ?? '')
  if (Number.isFinite(declared) && declared > limit.bytes) throw tooLarge(limit)
}

/**
 * The body's bytes, reading at most `limit`: a body without (or lying about) its Content-Length
 * is cut off with 413 as soon as it passes the limit, never buffered whole.
 */
export const readBytesWithin = async (req: BodySource, limit: BodyLimit): Promise<Uint8Array<ArrayBuffer>> => {
  assertDeclaredLength(req, limit)
  const stream = (req as Request).body
  if (!stream) return new Uint8Array(0)
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit.bytes) {
      await reader.cancel()
      throw tooLarge(limit)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/** The body as text, read within `limit` (see readBytesWithin). */
export const readTextWithin = async (req: BodySource, limit: BodyLimit): Promise<string> =>
  new TextDecoder().decode(await readBytesWithin(req, limit))

/** Read the body as JSON within `limit` bytes; a text/plain body becomes `{ text }` (handy for pasting a page). */
export const readBody = async (req: PayloadRequest, limit: BodyLimit): Promise<unknown> => {
  const type = req.headers.get('content-type') ?? ''
  const raw = await readTextWithin(req, limit)
  if (!type.includes('json')) return { text: raw }
  if (!raw.trim()) return {}
  try {
    return JSON.parse(raw)
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON.')
  }
}

/** The body limit of every plugin endpoint but the importer. */
export const bodyLimitOf = (options: ResolvedPromptKitOptions): BodyLimit => ({
  bytes: options.limits.maxBodyBytes,
  option: 'limits.maxBodyBytes',
})

/** The importer's limit: a whole prompt kit page may be larger than any other body. */
export const importBodyLimitOf = (options: ResolvedPromptKitOptions): BodyLimit => ({
  bytes: options.limits.maxImportBodyBytes,
  option: 'limits.maxImportBodyBytes',
})

/**
 * `limits.maxBodyBytes` of the plugin installed in `config`, for routes outside the plugin's
 * endpoints (Payload's GraphQL route, method-override requests); the default without the plugin.
 */
export const bodyLimitOfConfig = (config: SanitizedConfig | undefined): BodyLimit => {
  const options = (config?.custom as Record<string, unknown> | undefined)?.[CUSTOM_KEY] as ResolvedPromptKitOptions | undefined
  return { bytes: options?.limits.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, option: 'limits.maxBodyBytes' }
}
