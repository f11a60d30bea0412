import { describe, expect, it } from '@jest/globals'

import { resolveOptions } from '../../../src/defaults.js'
import { resolveLlmRateLimits } from '../../../src/llm/rateLimit/options.js'
import { adaptToAnswer, readProviderRemaining } from '../../../src/llm/rateLimit/providerHeaders.js'
import {
  decide,
  estimateTokens,
  marginMsOf,
  slotExpiringAt,
  slotExpiry,
  slotMsOf,
  slotStartOf,
} from '../../../src/llm/rateLimit/windowMath.js'
import { parseResetDuration } from '../../../src/llm/retryHints.js'

const WINDOW = 10_000
const SLOT = slotMsOf(WINDOW)
const limit = (rpm?: number, tpm?: number) => ({
  ...(rpm ? { rpm } : {}),
  ...(tpm ? { tpm } : {}),
  windowMs: WINDOW,
})
const headers = (values: Record<string, string>) => new Headers(values)

describe('rate window math', () => {
  const now = 1_000_000 + 3 * SLOT + 7

  it('slots a window in 20 and keeps a request counted a full window plus a margin after its slot', () => {
    expect(SLOT).toBe(500)
    expect(marginMsOf(WINDOW)).toBe(500)
    expect(marginMsOf(60_000)).toBe(1500)
    expect(slotStartOf(now, WINDOW)).toBe(1_000_000 + 3 * SLOT)
    expect(slotExpiry(1_000_000, WINDOW)).toBe(1_000_000 + 500 + 10_000 + 500)
  })

  it('admits while requests and tokens fit, reserving only the room the other slots leave', () => {
    const view = {
      pausedUntil: 0,
      slots: [
        { requests: 3, slotStart: now - 4000, tokens: 300 },
        { requests: 1, slotStart: slotStartOf(now, WINDOW), tokens: 50 },
      ],
    }
    const decision = decide(view, limit(5, 1000), 100, now)
    expect(decision).toEqual({
      admit: true,
      remaining: { requests: 0, tokens: 550 },
      requestsBelow: 2,
      slotExists: true,
      slotStart: slotStartOf(now, WINDOW),
      tokensAtMost: 600,
    })
  })

  it('waits for the first slot whose expiry makes room, for requests and for tokens', () => {
    const old = { requests: 2, slotStart: now - 8000, tokens: 100 }
    const newer = { requests: 3, slotStart: now - 2000, tokens: 800 }
    const view = { pausedUntil: 0, slots: [newer, old] }
    expect(decide(view, limit(5), 1, now)).toEqual({
      admit: false,
      retryAt: slotExpiry(old.slotStart, WINDOW),
    })
    // 900 tokens used of 1000: 300 more fit only once the newer slot (800) expires.
    expect(decide(view, limit(undefined, 1000), 300, now)).toEqual({
      admit: false,
      retryAt: slotExpiry(newer.slotStart, WINDOW),
    })
  })

  it('no longer counts a slot once it expired, and waits out a pause first', () => {
    const expired = { requests: 5, slotStart: now - WINDOW - 1100, tokens: 0 }
    expect(decide({ pausedUntil: 0, slots: [expired] }, limit(5), 1, now)).toMatchObject({
      admit: true,
      slotExists: false,
      requestsBelow: 5,
    })
    expect(decide({ pausedUntil: now + 1234, slots: [] }, limit(5), 1, now)).toEqual({
      admit: false,
      retryAt: now + 1234,
    })
  })

  it('puts usage the provider reports in the slot that stops counting at its reset', () => {
    const slot = slotExpiringAt(now + 3000, now, WINDOW)
    expect(slotExpiry(slot, WINDOW)).toBeGreaterThanOrEqual(now + 3000)
    expect(slotExpiry(slot, WINDOW)).toBeLessThan(now + 3000 + SLOT)
    // A reset beyond the window: the current slot (it counts for a window).
    expect(slotExpiringAt(now + 10 * WINDOW, now, WINDOW)).toBe(slotStartOf(now, WINDOW))
  })

  it('estimates tokens as the prompt JSON characters / 4 plus max_tokens', () => {
    const messages = [{ content: 'x'.repeat(100), role: 'user' }]
    const chars = JSON.stringify(messages).length
    expect(estimateTokens(messages, 500)).toBe(Math.ceil(chars / 4) + 500)
    expect(estimateTokens(messages, undefined)).toBe(Math.ceil(chars / 4))
  })
})

describe('provider rate-limit headers', () => {
  it('reads reset durations in the formats providers send', () => {
    expect(parseResetDuration('1s')).toBe(1000)
    expect(parseResetDuration('6m0s')).toBe(360_000)
    expect(parseResetDuration('20ms')).toBe(20)
    expect(parseResetDuration('1.5s')).toBe(1500)
    expect(parseResetDuration('soon')).toBeUndefined()
  })

  it('reads what is left of each limit', () => {
    const h = headers({
      'x-ratelimit-remaining-requests': '7',
      'x-ratelimit-remaining-tokens': '1200',
      'x-ratelimit-reset-requests': '6m0s',
      'x-ratelimit-reset-tokens': '20ms',
    })
    expect(readProviderRemaining(h)).toEqual({
      requests: { remaining: 7, resetMs: 360_000 },
      tokens: { remaining: 1200, resetMs: 20 },
    })
    expect(readProviderRemaining(headers({}))).toEqual({})
  })

  it('pauses until the reset of an exhausted limit, and takes what the provider counted beyond ours', () => {
    const exhausted = headers({
      'x-ratelimit-remaining-requests': '0',
      'x-ratelimit-reset-requests': '1.5s',
      'x-ratelimit-remaining-tokens': '500',
      'x-ratelimit-reset-tokens': '1s',
    })
    expect(adaptToAnswer(undefined, exhausted, { requests: 3, tokens: 400 }, 1000)).toEqual({
      pauseMs: 1500,
      uncounted: [],
    })
    const lower = headers({
      'x-ratelimit-remaining-requests': '2',
      'x-ratelimit-remaining-tokens': '100',
      'x-ratelimit-reset-tokens': '6m0s',
    })
    expect(adaptToAnswer(undefined, lower, { requests: 5, tokens: 400 }, 1000)).toEqual({
      uncounted: [
        { amount: 3, kind: 'requests' },
        { amount: 300, kind: 'tokens', resetMs: 360_000 },
      ],
    })
    expect(adaptToAnswer(undefined, lower, { requests: 1, tokens: 50 }, 1000)).toEqual({ uncounted: [] })
  })

  it('pauses on a 429 for retry-after, else the reset, else the fallback', () => {
    expect(adaptToAnswer(429, headers({ 'retry-after-ms': '750' }), {}, 1000).pauseMs).toBe(750)
    expect(
      adaptToAnswer(
        429,
        headers({ 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '2s' }),
        {},
        1000,
      ).pauseMs,
    ).toBe(2000)
    expect(adaptToAnswer(429, headers({}), {}, 1000).pauseMs).toBe(1000)
    expect(adaptToAnswer(429, undefined, {}, 1000).pauseMs).toBe(1000)
  })
})

describe('llm.rateLimits option', () => {
  it('resolves rpm and tpm per model with a one-minute window', () => {
    expect(resolveLlmRateLimits({ a: { rpm: 500, tpm: 200_000 }, b: {} })).toEqual({
      a: { rpm: 500, tpm: 200_000, windowMs: 60_000 },
      b: { windowMs: 60_000 },
    })
    expect(resolveLlmRateLimits(undefined)).toEqual({})
  })

  it('is resolved with the plugin options, a bad value failing at config time', () => {
    expect(
      resolveOptions({ llm: { rateLimits: { m: { rpm: 60 } } } }, { collections: [] } as never).llm
        .rateLimits,
    ).toEqual({ m: { rpm: 60, windowMs: 60_000 } })
    expect(resolveOptions({}, { collections: [] } as never).llm.rateLimits).toEqual({})
    expect(() =>
      resolveOptions({ llm: { rateLimits: { m: { tpm: -5 } } } }, { collections: [] } as never),
    ).toThrow(
      'payload-prompt-kit: option `llm.rateLimits.m.tpm` must be a positive number of tokens per minute, got -5',
    )
  })

  it('names the option on a bad value', () => {
    expect(() => resolveLlmRateLimits({ m: { rpm: 0 } })).toThrow(
      'option `llm.rateLimits.m.rpm` must be a positive number',
    )
    expect(() => resolveLlmRateLimits({ m: { tpm: '5' } })).toThrow('option `llm.rateLimits.m.tpm`')
    expect(() => resolveLlmRateLimits({ m: { rpn: 5 } })).toThrow(
      'option `llm.rateLimits.m` has unknown key(s) rpn',
    )
    expect(() => resolveLlmRateLimits([])).toThrow(
      'option `llm.rateLimits` must be an object keyed by model name',
    )
  })
})
