import type { SanitizedConfig } from 'payload'

import { HttpError } from '../shared/httpError.js'
import { errorResponse } from './defineEndpoint.js'
import { type BodyLimit, bodyLimitOfConfig, readBytesWithin } from './requestBody.js'

/**
 * A Next.js route handler as `@payloadcms/next/routes` builds them: `GRAPHQL_POST(config)` takes
 * the request, `REST_POST(config)` also Next's `{ params }`, passed on as they come.
 */
export type RouteHandler<Args extends unknown[] = []> = (request: Request, ...args: Args) => Promise<Response>

/** The config as the route files import it (`@payload-config` is a promise). */
export type RouteConfig = Promise<SanitizedConfig> | SanitizedConfig

/** The body read within the limit (and checked as JSON when it says it is), or why it was refused. */
const readGuardedBody = async (
  request: Request,
  limit: BodyLimit,
): Promise<HttpError | Uint8Array<ArrayBuffer>> => {
  let body: Uint8Array<ArrayBuffer>
  try {
    body = await readBytesWithin(request, limit)
  } catch (error) {
    if (error instanceof HttpError) return error
    throw error
  }
  if ((request.headers.get('content-type') ?? '').includes('json')) {
    try {
      JSON.parse(new TextDecoder().decode(body))
    } catch {
      return new HttpError(400, 'Request body is not valid JSON.')
    }
  }
  return body
}

/** The same request with the body already read, its Content-Length now the true one. */
const withReadBody = (request: Request, body: Uint8Array<ArrayBuffer>): Request => {
  const headers = new Headers(request.headers)
  headers.set('content-length', String(body.byteLength))
  headers.delete('transfer-encoding')
  return new Request(request.url, { body, headers, method: request.method, signal: request.signal })
}

/**
 * Wrap Payload's GraphQL route: `POST /api/graphql` reads at most `limits.maxBodyBytes` (413 by
 * Content-Length before anything is read, or as soon as a streamed body passes it) and a JSON body
 * that does not parse is a 400, both in GraphQL's error shape. Payload 3.90's route reads the whole
 * body twice with no limit, and parses it outside its try/catch (`{"query":` is a 500 with an empty
 * body). Payload's doing: drop the JSON check once its route answers 400.
 */
export const withGraphQLGuards =
  <Args extends unknown[]>(post: RouteHandler<Args>, config?: RouteConfig): RouteHandler<Args> =>
  async (request, ...args) => {
    const body = await readGuardedBody(request, bodyLimitOfConfig(config && (await config)))
    if (body instanceof HttpError) {
      return Response.json(
        { errors: [{ extensions: { statusCode: body.status }, message: body.message }] },
        { status: body.status },
      )
    }
    return post(withReadBody(request, body), ...args)
  }

/** Payload's REST handler treats `POST` with either header set to `GET` as a GET whose query is the body. */
const overridesToGet = (request: Request): boolean =>
  request.method.toUpperCase() === 'POST' &&
  ['x-http-method-override', 'x-payload-http-method-override'].some(
    (name) => request.headers.get(name)?.trim().toUpperCase() === 'GET',
  )

/**
 * Wrap Payload's REST `POST` route: a method-override request (`POST` + `X-HTTP-Method-Override:
 * GET`, which the admin uses for long relationship queries) reads at most `limits.maxBodyBytes`
 * (413, `{ errors }`) and a JSON body must parse (400). Payload reads such a body whole before
 * routing, so no endpoint's own limit applies, and a malformed JSON body is a 500. Other POSTs
 * (creates, uploads) pass through untouched.
 */
export const withMethodOverrideGuard =
  <Args extends unknown[]>(post: RouteHandler<Args>, config?: RouteConfig): RouteHandler<Args> =>
  async (request, ...args) => {
    if (!overridesToGet(request)) return post(request, ...args)
    const body = await readGuardedBody(request, bodyLimitOfConfig(config && (await config)))
    if (body instanceof HttpError) return errorResponse(body.status, [{ message: body.message }])
    return post(withReadBody(request, body), ...args)
  }
