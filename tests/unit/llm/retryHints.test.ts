import { describe, expect, it } from '@jest/globals'

import { backoffMs, parseResetDuration, rateLimitResetMs, retryAfterMs } from '../../../src/llm/retryHints.js'

describe('retry hints', () => {
  it("reads OpenAI's reset durations", () => {
    expect(parseResetDuration('6m0s')).toBe(360_000)
    expect(parseResetDuration('1.5s')).toBe(1500)
    expect(parseResetDuration('20ms')).toBe(20)
    expect(parseResetDuration('1h2m3s')).toBe(3_723_000)
    expect(parseResetDuration('soon')).toBeUndefined()
    expect(parseResetDuration('6m later')).toBeUndefined()
  })

  it('prefers retry-after-ms, then retry-after in seconds or as a date', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250)
    expect(retryAfterMs(new Headers({ 'retry-after': '1.5' }))).toBe(1500)
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString()
    expect(retryAfterMs(new Headers({ 'retry-after': inTenSeconds }))).toBeGreaterThan(8000)
    expect(retryAfterMs(new Headers())).toBeUndefined()
  })

  it('waits for the exhausted rate limit, else the sooner reset', () => {
    const exhaustedTokens = new Headers({ 'x-ratelimit-remaining-requests': '10', 'x-ratelimit-reset-requests': '1s', 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '6m0s' })
    expect(rateLimitResetMs(exhaustedTokens)).toBe(360_000)
    expect(rateLimitResetMs(new Headers({ 'x-ratelimit-reset-requests': '2s', 'x-ratelimit-reset-tokens': '500ms' }))).toBe(500)
  })

  it('doubles the backoff per failure up to the cap, with at most 25% jitter off', () => {
    const noJitter = () => 0
    expect([1, 2, 3, 4, 8].map((n) => backoffMs(n, 1000, 60_000, noJitter))).toEqual([1000, 2000, 4000, 8000, 60_000])
    expect(backoffMs(1, 1000, 60_000, () => 1)).toBe(750)
  })
})
