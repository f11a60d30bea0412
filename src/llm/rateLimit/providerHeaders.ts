import { parseResetDuration, serverWaitMs } from '../retryHints.js'

/** What one answer's `x-ratelimit-*` headers say is left, and when each limit resets (ms from now). */
export type ProviderRemaining = {
  requests?: { remaining: number; resetMs?: number }
  tokens?: { remaining: number; resetMs?: number }
}

const readLimit = (headers: Headers, kind: 'requests' | 'tokens') => {
  const text = headers.get(`x-ratelimit-remaining-${kind}`)
  const remaining = text === null || text.trim() === '' ? Number.NaN : Number(text)
  if (!Number.isFinite(remaining)) return undefined
  const resetMs = parseResetDuration(headers.get(`x-ratelimit-reset-${kind}`))
  return { remaining, ...(resetMs !== undefined ? { resetMs } : {}) }
}

export const readProviderRemaining = (headers: Headers): ProviderRemaining => {
  const requests = readLimit(headers, 'requests')
  const tokens = readLimit(headers, 'tokens')
  return { ...(requests ? { requests } : {}), ...(tokens ? { tokens } : {}) }
}

/** Usage the provider has counted and we have not, and when the provider stops counting it. */
export type Uncounted = { amount: number; kind: 'requests' | 'tokens'; resetMs?: number }

/**
 * How the shared budget follows the provider: `pauseMs` stops everyone until a limit the provider
 * reports exhausted resets (or until a 429's retry-after / reset); `uncounted` is usage the provider
 * has counted and we have not (another app on the account, a lower limit than configured), added
 * to the budget until the provider's reset.
 */
export type Adaptation = { pauseMs?: number; uncounted: Uncounted[] }

/** What we believed was left right after admitting the request these headers answer. */
export type OurRemaining = { requests?: number; tokens?: number }

export const adaptToAnswer = (
  status: number | undefined,
  headers: Headers | undefined,
  ours: OurRemaining,
  fallbackPauseMs: number,
): Adaptation => {
  if (!headers) return status === 429 ? { pauseMs: fallbackPauseMs, uncounted: [] } : { uncounted: [] }
  const provider = readProviderRemaining(headers)
  const exhausted = [provider.requests, provider.tokens].filter(
    (limit) => limit !== undefined && limit.remaining <= 0,
  )
  const resets = exhausted.map((limit) => limit!.resetMs).filter((ms): ms is number => ms !== undefined)
  let pauseMs = resets.length ? Math.max(...resets) : undefined
  if (status === 429) pauseMs = serverWaitMs(429, headers) ?? pauseMs ?? fallbackPauseMs
  const uncounted: Uncounted[] = []
  for (const kind of ['requests', 'tokens'] as const) {
    const theirs = provider[kind]
    const believed = ours[kind]
    if (
      theirs === undefined ||
      believed === undefined ||
      theirs.remaining <= 0 ||
      theirs.remaining >= believed
    )
      continue
    uncounted.push({
      amount: Math.ceil(believed - theirs.remaining),
      kind,
      ...(theirs.resetMs !== undefined ? { resetMs: theirs.resetMs } : {}),
    })
  }
  return { ...(pauseMs !== undefined && pauseMs > 0 ? { pauseMs } : {}), uncounted }
}
