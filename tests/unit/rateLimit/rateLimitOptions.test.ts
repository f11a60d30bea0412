import type { CollectionConfig, Config } from 'payload'

import type { RateLimitOptions } from '../../../src/types.js'

import { resolveOptions } from '../../../src/defaults.js'
import { promptKitPlugin } from '../../../src/plugin.js'
import { describeWindow } from '../../../src/rateLimit/checkRateLimit.js'

const users: CollectionConfig = { slug: 'users', auth: true, fields: [] }
const resolve = (rateLimits: unknown, gate?: { isAdmin: (user: unknown) => boolean }) =>
  resolveOptions({ gate, rateLimits: rateLimits as RateLimitOptions }, { collections: [users] }).rateLimits

describe('rateLimits option', () => {
  it('defaults to generate 10/min, preview 60/min, preview-template 120/min, import 20/min, exempting the gate admins', () => {
    const isAdmin = (user: unknown) => (user as { name?: string }).name === 'chief'
    const resolved = resolve(undefined, { isAdmin })
    expect(resolved.limits).toEqual({
      generate: { max: 10, windowMs: 60_000 },
      import: { max: 20, windowMs: 60_000 },
      preview: { max: 60, windowMs: 60_000 },
      previewTemplate: { max: 120, windowMs: 60_000 },
    })
    expect(resolved.exempt).toBe(isAdmin)
  })

  it('takes a limit per endpoint, false to turn one off, and its own exempt check', () => {
    const exempt = () => false
    const resolved = resolve({ exempt, generate: { max: 3, windowMs: 3_600_000 }, preview: false })
    expect(resolved.limits.generate).toEqual({ max: 3, windowMs: 3_600_000 })
    expect(resolved.limits.preview).toBe(false)
    expect(resolved.limits.import).toEqual({ max: 20, windowMs: 60_000 })
    expect(resolved.exempt).toBe(exempt)
  })

  it.each([
    [{ generate: { max: 0, windowMs: 60_000 } }, 'option `rateLimits.generate.max` must be a whole number of at least 1, got 0'],
    [{ preview: { max: 5, windowMs: 10 } }, 'option `rateLimits.preview.windowMs` must be a whole number of milliseconds, at least 1000, got 10'],
    [{ import: true }, 'option `rateLimits.import` must be { max, windowMs } or false, got true'],
    [{ genrate: { max: 1, windowMs: 60_000 } }, 'option `rateLimits.genrate` is not a rate-limited endpoint; use one of generate, import, preview, previewTemplate or exempt'],
    [{ exempt: 'admins' }, 'option `rateLimits.exempt` must be a function (user) => boolean'],
    [5, 'option `rateLimits` must be an object'],
  ])('refuses %j at config time, naming the option', (rateLimits, message) => {
    expect(() => resolve(rateLimits)).toThrow(message)
  })

  it('adds the counters collection hidden from the admin and closed to the APIs, also when the plugin is disabled', () => {
    for (const disabled of [false, true]) {
      const config = promptKitPlugin({ disabled })({ collections: [users] } as Config)
      const counters = config.collections!.find((collection) => collection.slug === 'prompt-kit-rate-limits')!
      expect(counters.admin?.hidden).toBe(true)
      expect(counters.graphQL).toBe(false)
      expect(counters.fields.map((field) => ('name' in field ? [field.name, 'unique' in field && field.unique === true] : null))).toEqual([
        ['key', true],
        ['windowStart', false],
        ['hits', false],
      ])
    }
  })
})

describe('describeWindow', () => {
  it.each([
    [60_000, 'minute'],
    [300_000, '5 minutes'],
    [3_600_000, 'hour'],
    [2 * 86_400_000, '2 days'],
    [90_000, '90 seconds'],
    [1_500, '1500 ms'],
  ])('%i ms reads "%s"', (windowMs, text) => {
    expect(describeWindow(windowMs)).toBe(text)
  })
})
