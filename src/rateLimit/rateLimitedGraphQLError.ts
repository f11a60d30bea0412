import { APIError } from 'payload'

import type { RateLimited } from './checkRateLimit.js'

/**
 * GraphQL answers HTTP 200 whatever happens, so there is no `Retry-After` header: Payload's route
 * reports the status as `extensions.statusCode` (429) and the data as `extensions.data.retryAfterSeconds`.
 */
export const rateLimitedGraphQLError = (limited: RateLimited): APIError =>
  new APIError(limited.message, 429, { retryAfterSeconds: limited.retryAfterSeconds }, true)
