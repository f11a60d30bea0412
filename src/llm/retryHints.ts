/** How long the server asks us to wait, and how long we wait when it does not say. */

/** `retry-after-ms`, else `retry-after` in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers): number | undefined {
  const ms = parseFloat(headers.get('retry-after-ms') ?? '')
  if (Number.isFinite(ms) && ms >= 0) return ms
  const value = headers.get('retry-after')
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/** OpenAI's reset durations: `6m0s`, `1.5s`, `20ms`, `1h2m3s`; undefined when unreadable. */
export function parseResetDuration(value: string | null): number | undefined {
  if (!value) return undefined
  const text = value.trim()
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)]
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return undefined
  return parts.reduce((sum, [, amount, unit]) => sum + parseFloat(amount) * UNIT_MS[unit], 0)
}

/**
 * From OpenAI's `x-ratelimit-reset-requests|tokens`: the reset of the exhausted limit (remaining 0),
 * else the sooner of the two.
 */
export function rateLimitResetMs(headers: Headers): number | undefined {
  const limits = (['requests', 'tokens'] as const)
    .map((kind) => ({ reset: parseResetDuration(headers.get(`x-ratelimit-reset-${kind}`)), remaining: headers.get(`x-ratelimit-remaining-${kind}`) }))
    .filter((l): l is { reset: number; remaining: string | null } => l.reset !== undefined)
  if (limits.length === 0) return undefined
  const exhausted = limits.filter((l) => l.remaining !== null && Number(l.remaining) <= 0)
  if (exhausted.length > 0) return Math.max(...exhausted.map((l) => l.reset))
  return Math.min(...limits.map((l) => l.reset))
}

/** What a failed response asks for: retry-after wins; a 429 falls back to the rate-limit reset. */
export function serverWaitMs(status: number | undefined, headers: Headers | undefined): number | undefined {
  if (!headers) return undefined
  return retryAfterMs(headers) ?? (status === 429 ? rateLimitResetMs(headers) : undefined)
}

/** Exponential backoff for the n-th consecutive failure (1-based), capped, minus up to 25% jitter. */
export function backoffMs(failures: number, initialMs: number, maxMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(maxMs, initialMs * 2 ** Math.max(0, failures - 1))
  return Math.round(exponential * (1 - 0.25 * random()))
}
