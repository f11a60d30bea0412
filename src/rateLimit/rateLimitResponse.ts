import type { PayloadRequest } from 'payload'

import type { RateLimitedEndpoint } from './options.js'

import { checkRateLimit } from './checkRateLimit.js'

export type { RateLimitedEndpoint }

/** For REST endpoints: a 429 answer with `Retry-After` (seconds) when the call is over its limit, else undefined. */
export const rateLimitResponse = async (req: PayloadRequest, endpoint: RateLimitedEndpoint): Promise<Response | undefined> => {
  const outcome = await checkRateLimit(req, endpoint)
  if (!outcome.limited) return undefined
  return Response.json(
    { errors: [{ message: outcome.message }] },
    { headers: { 'Retry-After': String(outcome.retryAfterSeconds) }, status: 429 },
  )
}
