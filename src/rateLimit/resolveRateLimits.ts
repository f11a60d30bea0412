import type { IsGateAdmin } from '../gate/isAdmin.js'
import type { RateLimit, RateLimitedEndpoint, RateLimitOptions, ResolvedRateLimits } from './options.js'

import { PromptKitConfigError } from '../defaults.js'

const MINUTE_MS = 60_000

/**
 * Sensible for a newsroom: a few runs a minute (each costs money), previews while editing (the kit
 * editor's live preview asks at most twice a second while someone types), imports in bursts.
 */
export const defaultRateLimits: Record<RateLimitedEndpoint, RateLimit> = {
  generate: { max: 10, windowMs: MINUTE_MS },
  import: { max: 20, windowMs: MINUTE_MS },
  preview: { max: 60, windowMs: MINUTE_MS },
  previewTemplate: { max: 120, windowMs: MINUTE_MS },
}

const rateLimitedEndpoints = Object.keys(defaultRateLimits) as RateLimitedEndpoint[]

const resolveOne = (endpoint: RateLimitedEndpoint, value: false | RateLimit | undefined): false | RateLimit => {
  if (value === undefined) return defaultRateLimits[endpoint]
  if (value === false) return false
  const option = `rateLimits.${endpoint}`
  if (typeof value !== 'object' || value === null) {
    throw new PromptKitConfigError(option, `must be { max, windowMs } or false, got ${JSON.stringify(value)}`)
  }
  if (!Number.isInteger(value.max) || value.max < 1) {
    throw new PromptKitConfigError(`${option}.max`, `must be a whole number of at least 1, got ${String(value.max)}`)
  }
  if (!Number.isInteger(value.windowMs) || value.windowMs < 1000) {
    throw new PromptKitConfigError(`${option}.windowMs`, `must be a whole number of milliseconds, at least 1000, got ${String(value.windowMs)}`)
  }
  return { max: value.max, windowMs: value.windowMs }
}

/** The `rateLimits` option with defaults; `isAdmin` is the gate's admin check, exempt unless said otherwise. */
export const resolveRateLimits = (options: RateLimitOptions | undefined, isAdmin: IsGateAdmin): ResolvedRateLimits => {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new PromptKitConfigError('rateLimits', `must be an object like { generate: { max: 10, windowMs: 60000 } }, got ${JSON.stringify(options)}`)
  }
  const unknown = Object.keys(options ?? {}).filter((key) => key !== 'exempt' && !rateLimitedEndpoints.includes(key as RateLimitedEndpoint))
  if (unknown.length) {
    throw new PromptKitConfigError(`rateLimits.${unknown[0]}`, `is not a rate-limited endpoint; use one of ${rateLimitedEndpoints.join(', ')} or exempt`)
  }
  if (options?.exempt !== undefined && typeof options.exempt !== 'function') {
    throw new PromptKitConfigError('rateLimits.exempt', 'must be a function (user) => boolean, or left unset to exempt `gate.isAdmin` users')
  }
  const limits = Object.fromEntries(rateLimitedEndpoints.map((endpoint) => [endpoint, resolveOne(endpoint, options?.[endpoint])]))
  return { exempt: options?.exempt ?? isAdmin, limits: limits as ResolvedRateLimits['limits'] }
}
