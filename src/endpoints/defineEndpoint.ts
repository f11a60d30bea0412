import type { Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { rateLimitResponse, type RateLimitedEndpoint } from '../rateLimit/rateLimitResponse.js'
import { HttpError } from '../shared/httpError.js'

export { HttpError }

type ErrorBody = { errors: { field?: string; message: string }[] }

export const errorResponse = (status: number, errors: ErrorBody['errors']): Response =>
  Response.json({ errors } satisfies ErrorBody, { status })

/** Read the body as JSON; a text/plain body becomes `{ text }` (handy for pasting a page). */
export const readBody = async (req: PayloadRequest): Promise<unknown> => {
  const type = req.headers.get('content-type') ?? ''
  if (!req.text) return {}
  const raw = await req.text()
  if (!type.includes('json')) return { text: raw }
  if (!raw.trim()) return {}
  try {
    return JSON.parse(raw)
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON.')
  }
}

type HandlerArgs<Body> = { body: Body; params: Record<string, string>; req: PayloadRequest }

/**
 * The one way the plugin defines REST endpoints: Payload checks no auth on custom endpoints, so
 * this requires a user (unless `public`), validates the body with zod (400 naming the field), and
 * turns thrown HttpErrors into `{ errors }` responses. Unexpected errors are logged and answered 500.
 */
export const defineEndpoint = <Schema extends z.ZodType>(definition: {
  body?: Schema
  handler: (args: HandlerArgs<z.infer<Schema>>) => Promise<Response>
  method: Endpoint['method']
  path: string
  public?: boolean
  /** Counts each call against the user's limit for this kind of endpoint (`rateLimits` option): 429 past it. */
  rateLimit?: RateLimitedEndpoint
}): Endpoint => ({
  handler: async (req) => {
    try {
      if (!definition.public && !req.user) {
        throw new HttpError(401, 'You must be logged in.')
      }
      const limited = definition.rateLimit && (await rateLimitResponse(req, definition.rateLimit))
      if (limited) return limited
      let body: unknown = undefined
      if (definition.body) {
        const parsed = definition.body.safeParse(await readBody(req))
        if (!parsed.success) {
          return errorResponse(
            400,
            parsed.error.issues.map((issue) => {
              const field = issue.path.join('.') || undefined
              return { field, message: field ? `${field}: ${issue.message}` : issue.message }
            }),
          )
        }
        body = parsed.data
      }
      const params = Object.fromEntries(
        Object.entries(req.routeParams ?? {}).map(([key, value]) => [key, String(value)]),
      )
      return await definition.handler({ body: body as z.infer<Schema>, params, req })
    } catch (error) {
      if (error instanceof HttpError) {
        return errorResponse(error.status, [{ field: error.field, message: error.message }])
      }
      req.payload.logger.error({ err: error, msg: `payload-prompt-kit: ${definition.method.toUpperCase()} ${definition.path} failed` })
      return errorResponse(500, [{ message: 'Something went wrong on the server; see the server log.' }])
    }
  },
  method: definition.method,
  path: definition.path,
})
