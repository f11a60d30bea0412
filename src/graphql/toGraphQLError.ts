import { APIError } from 'payload'

import { HttpError } from '../shared/httpError.js'

/**
 * Payload's GraphQL route reports `originalError.status` as `extensions.statusCode` and
 * `originalError.data` as `extensions.data`; an APIError keeps both (and the message, as public).
 */
export const toGraphQLError = (error: unknown): unknown =>
  error instanceof HttpError
    ? new APIError(error.message, error.status, error.field ? { field: error.field } : undefined, true)
    : error
