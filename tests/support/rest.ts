import type { Payload } from 'payload'

import { handleEndpoints } from 'payload'

import { cacheKeyOf } from './testPayload.js'

export type RestOptions = {
  /** A string is sent as is (text/plain unless `contentType` says otherwise); anything else as JSON. */
  body?: unknown
  contentType?: string
  /** From `payload.login(...)`; sent as `Authorization: JWT <token>`. */
  token?: string
}

/**
 * Call Payload's REST API in-process, no HTTP server: a real fetch `Request` through `handleEndpoints`,
 * which authenticates, routes (built-in and custom endpoints) and answers like the Next.js route does.
 * `path` is relative to the API route: `/briefs/import` means `/api/briefs/import`.
 */
export const restRequest = (
  payload: Payload,
  method: string,
  path: string,
  { body, contentType, token }: RestOptions = {},
): Promise<Response> => {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  let payloadBody: string | undefined
  if (body !== undefined) {
    payloadBody = typeof body === 'string' ? body : JSON.stringify(body)
    headers.set('Content-Type', contentType ?? (typeof body === 'string' ? 'text/plain' : 'application/json'))
  }
  const url = new URL(`${payload.config.routes.api}${path}`, payload.config.serverURL || 'http://localhost:3000')
  return handleEndpoints({
    config: payload.config,
    // handleEndpoints finds the instance by its cache key; a wrong key would boot a second Payload.
    payloadInstanceCacheKey: cacheKeyOf(payload),
    request: new Request(url, { body: payloadBody, headers, method: method.toUpperCase() }),
  })
}

/** A JWT for `email`, to pass as `token`. */
export const loginToken = async (payload: Payload, email: string, password = 'correct-horse-battery') => {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`loginToken: no token for ${email}`)
  return token
}
