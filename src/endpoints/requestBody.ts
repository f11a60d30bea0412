import type { PayloadRequest } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { HttpError } from '../shared/httpError.js'

/** How many bytes an endpoint reads, and the option that sets it (named in the 413 answer). */
export type BodyLimit = { bytes: number; option: string }

const tooLarge = ({ bytes, option }: BodyLimit) =>
  new HttpError(413, `Request body is larger than the limit of ${bytes} bytes (option \`${option}\`).`)

/** 413 before anything is read when the declared Content-Length is already over the limit. */
export const assertDeclaredLength = (req: PayloadRequest, limit: BodyLimit): void => {
  const declared = Number(req.headers.get('content-length') ?? '')
  if (Number.isFinite(declared) && declared > limit.bytes) throw tooLarge(limit)
}

/**
 * The body as text, reading at most `limit` bytes: a body without (or lying about) its
 * Content-Length is cut off with 413 as soon as it passes the limit, never buffered whole.
 */
export const readTextWithin = async (req: PayloadRequest, limit: BodyLimit): Promise<string> => {
  assertDeclaredLength(req, limit)
  const stream = (req as unknown as Request).body
  if (!stream) return ''
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
  return new TextDecoder().decode(Buffer.concat(chunks))
}

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
