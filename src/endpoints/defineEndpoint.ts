import type { Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { rateLimitResponse, type RateLimitedEndpoint } from '../rateLimit/rateLimitResponse.js'
import { HttpError } from '../shared/httpError.js'
import { malformedDocId } from './docId.js'
import { MAX_MESSAGE_CHARS, truncate } from './excerpt.js'
import { assertDeclaredLength, type BodyLimit, readBody } from './requestBody.js'

export { HttpError }

type ErrorBody = { errors: { field?: string; message: string }[] }

/** The `{ errors }` answer; messages and field names are cut short, so no input is echoed whole. */
export const errorResponse = (status: number, errors: ErrorBody['errors']): Response =>
  Response.json(
    {
      errors: errors.map(({ field, message }) => ({
        field: field === undefined ? undefined : truncate(field, 100),
        message: truncate(message, MAX_MESSAGE_CHARS),
      })),
    } satisfies ErrorBody,
    { status },
  )

/** A refusal of the caller's request at info on one line; a server fault at error with its stack. */
const logFailure = (req: PayloadRequest, route: string, error: unknown) => {
  if (error instanceof HttpError && error.status < 500) {
    req.payload.logger.info(
      `payload-prompt-kit: ${route} answered ${error.status}: ${truncate(error.message, MAX_MESSAGE_CHARS)}`,
    )
    return
  }
  req.payload.logger.error({ err: error, msg: `payload-prompt-kit: ${route} failed` })
}

/** 400 naming each invalid field (its path); zod's messages do not repeat the value. */
const invalidBody = (issues: z.core.$ZodIssue[]): Response =>
  errorResponse(
    400,
    issues.map((issue) => {
      const field = issue.path.map(String).join('.') || undefined
      return { field, message: field ? `${field}: ${issue.message}` : issue.message }
    }),
  )

/**
 * The URL's params as strings. On a collection's endpoint, an `:id` that cannot be an ID there
 * (`1.5` or `abc` where IDs are integers, not an ObjectId on MongoDB) is a 400 saying what it must
 * be: a lookup would only answer 404, as if a well-formed ID had named nothing.
 */
const routeParamsOf = (req: PayloadRequest): Record<string, string> => {
  const params = Object.fromEntries(Object.entries(req.routeParams ?? {}).map(([key, value]) => [key, String(value)]))
  // Payload puts the slug of the collection an endpoint is mounted on in `routeParams.collection`.
  if (params.collection && params.id !== undefined) {
    const problem = malformedDocId(req.payload, params.collection, params.id)
    if (problem) throw new HttpError(400, `id: ${problem}`, 'id')
  }
  return params
}

type HandlerArgs<Body> = { body: Body; params: Record<string, string>; req: PayloadRequest }

/**
 * The one way the plugin defines REST endpoints: Payload checks no auth on custom endpoints, so
 * this requires a user (unless `public`), checks an `:id` in the URL against the collection's ID
 * type (400 saying what it must be), reads at most `maxBodyBytes` of the body (413 beyond),
 * validates it with zod (400 naming the field), and turns thrown HttpErrors into `{ errors }`
 * responses (logged at info, one line). Unexpected errors are logged with their stack and answered 500.
 */
export const defineEndpoint = <Schema extends z.ZodType>(definition: {
  body?: Schema
  handler: (args: HandlerArgs<z.infer<Schema>>) => Promise<Response>
  /** Most bytes of body read; also checked on endpoints without a body, against Content-Length. */
  maxBodyBytes: BodyLimit
  method: Endpoint['method']
  path: string
  public?: boolean
  /** Counts each call against the user's limit for this kind of endpoint (`rateLimits` option): 429 past it. */
  rateLimit?: RateLimitedEndpoint
}): Endpoint => {
  const route = `${definition.method.toUpperCase()} ${definition.path}`
  return {
    handler: async (req) => {
      try {
        if (!definition.public && !req.user) {
          throw new HttpError(401, 'You must be logged in.')
        }
        // A body declared too large is refused before anything else is spent on it.
        assertDeclaredLength(req, definition.maxBodyBytes)
        const limited = definition.rateLimit && (await rateLimitResponse(req, definition.rateLimit))
        if (limited) return limited
        const params = routeParamsOf(req)
        let body: unknown = undefined
        if (definition.body) {
          const parsed = definition.body.safeParse(await readBody(req, definition.maxBodyBytes))
          if (!parsed.success) {
            const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(body)').join(', ')
            logFailure(req, route, new HttpError(400, `invalid body: ${fields}`))
            return invalidBody(parsed.error.issues)
          }
          body = parsed.data
        }
        return await definition.handler({ body: body as z.infer<Schema>, params, req })
      } catch (error) {
        logFailure(req, route, error)
        if (error instanceof HttpError) {
          return errorResponse(error.status, [{ field: error.field, message: error.message }])
        }
        return errorResponse(500, [{ message: 'Something went wrong on the server; see the server log.' }])
      }
    },
    method: definition.method,
    path: definition.path,
  }
}
