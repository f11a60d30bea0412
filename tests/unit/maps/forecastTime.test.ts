import type { ArticleForecast } from '../../../src/maps/types.js'
import type { ResolvedPromptKitOptions } from '../../../src/types.js'

import { forecastTime, TYPICAL_CALL_SECONDS } from '../../../src/maps/forecastTime.js'

const withModels = (models: ArticleForecast['models']) => ({ models }) as ArticleForecast
const optionsWith = (rateLimits?: Record<string, { rpm?: number; tpm?: number }>) =>
  ({ llm: { rateLimits }, pipeline: { concurrency: 3 } }) as unknown as ResolvedPromptKitOptions

describe('forecastTime', () => {
  const articles = [
    withModels({ 'gpt-4o-mini': { calls: 12, tokens: 60_000 } }),
    withModels({ 'gpt-4o-mini': { calls: 12, tokens: 60_000 } }),
  ]

  it('without rate limits: calls × a typical latency ÷ pipeline.concurrency', () => {
    expect(forecastTime(articles, optionsWith())).toEqual({
      basis: 'estimate',
      concurrency: 3,
      seconds: (24 * TYPICAL_CALL_SECONDS) / 3,
    })
  })

  it('at the configured limits: the larger of requests / RPM and tokens / TPM', () => {
    // 24 requests at 60 RPM = 24 s; 120,000 tokens at 100,000 TPM = 72 s.
    expect(forecastTime(articles, optionsWith({ 'gpt-4o-mini': { rpm: 60, tpm: 100_000 } }))).toEqual({
      basis: 'rateLimits',
      concurrency: 3,
      seconds: 72,
    })
    expect(forecastTime(articles, optionsWith({ 'gpt-4o-mini': { rpm: 6 } })).seconds).toBe(240)
  })

  it('the slowest model sets the time; models without limits are estimated', () => {
    const mixed = [
      withModels({ 'gpt-4o': { calls: 2, tokens: 1000 }, 'gpt-4o-mini': { calls: 3, tokens: 1000 } }),
    ]
    const time = forecastTime(mixed, optionsWith({ 'gpt-4o': { rpm: 1 } }))
    // gpt-4o: 2 requests at 1 RPM = 120 s; gpt-4o-mini: 3 × 20 s ÷ 3 = 20 s.
    expect(time).toEqual({ basis: 'rateLimits', concurrency: 3, seconds: 120 })
  })
})
