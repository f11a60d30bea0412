import type { PayloadRequest } from 'payload'

import type { RateLimit, RateLimitedEndpoint } from './options.js'

import { getPromptKitOptions } from '../pluginOptions.js'
import { countCall } from './countCall.js'

/** A call over its limit: what to tell the caller and when to come back. */
export type RateLimited = { limited: true; message: string; retryAfterSeconds: number }

export type RateLimitOutcome = RateLimited | { limited: false }

const endpointNames: Record<RateLimitedEndpoint, string> = {
  generate: 'generate',
  import: 'import',
  preview: 'preview',
  previewTemplate: 'preview-template',
}

const units = [
  { ms: 86_400_000, name: 'day' },
  { ms: 3_600_000, name: 'hour' },
  { ms: 60_000, name: 'minute' },
  { ms: 1_000, name: 'second' },
]

/** "minute", "5 minutes", "30 days": the largest unit the window is a whole number of. */
export const describeWindow = (windowMs: number): string => {
  const unit = units.find(({ ms }) => windowMs % ms === 0)
  if (!unit) return `${windowMs} ms`
  const count = windowMs / unit.ms
  return count === 1 ? unit.name : `${count} ${unit.name}s`
}

const limitedOutcome = (endpoint: RateLimitedEndpoint, limit: RateLimit, retryAfterMs: number): RateLimited => {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  return {
    limited: true,
    message: `Too many ${endpointNames[endpoint]} requests: at most ${limit.max} per ${describeWindow(limit.windowMs)} for each user. Try again in ${retryAfterSeconds} s.`,
    retryAfterSeconds,
  }
}

/**
 * Count this request against its user's limit for `endpoint` (the `rateLimits` option). Requests
 * without a user, of exempt users (admins by default) and of endpoints whose limit is `false` are
 * not counted.
 */
export const checkRateLimit = async (req: PayloadRequest, endpoint: RateLimitedEndpoint): Promise<RateLimitOutcome> => {
  const { rateLimits } = getPromptKitOptions(req.payload)
  const limit = rateLimits.limits[endpoint]
  const user = req.user
  if (!limit || !user || (await rateLimits.exempt(user))) return { limited: false }
  const counted = await countCall(req.payload, `${endpoint}:${user.collection}:${String(user.id)}`, limit)
  return counted.allowed ? { limited: false } : limitedOutcome(endpoint, limit, counted.retryAfterMs)
}
