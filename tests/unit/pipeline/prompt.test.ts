import type { BriefVariable } from '../../../src/kit/variables.js'

import { briefVariables } from '../../../src/kit/variables.js'
import { BudgetGuard, estimateCall } from '../../../src/pipeline/budget.js'
import { computeInputHash } from '../../../src/pipeline/inputHash.js'
import { buildPhaseMessages } from '../../../src/pipeline/messages.js'
import { resolveOptions } from '../../../src/defaults.js'

const context = Object.fromEntries(Object.keys(briefVariables).map((k) => [k, `<${k}>`])) as Record<BriefVariable, string>

describe('phase messages', () => {
  it('share one system prefix across phases and render the template as the user turn', () => {
    const a = buildPhaseMessages('Outline {{title}}', context, {})
    const b = buildPhaseMessages('Body of {{title}} after {{outputs.outline}}', context, { outline: '{"h":1}' })
    expect(a[0]).toEqual(b[0])
    expect(a[0]!.content).toContain('<primaryKeyword>')
    expect(a[0]!.content).toContain('<commonMistakes>')
    // Sibling lists change as the site grows; they stay out of the cached prefix.
    expect(a[0]!.content).not.toContain('<relatedArticles>')
    expect(b[1]).toEqual({ role: 'user', content: 'Body of <title> after {"h":1}' })
  })
})

describe('input hash', () => {
  const base = {
    kitId: 1,
    kitVersion: 'v1',
    messages: buildPhaseMessages('x', context, {}),
    model: 'm',
    params: { maxTokens: null, mode: 'json' as const, temperature: null },
  }
  it('is stable for the same inputs and changes with any of them', () => {
    expect(computeInputHash(base)).toBe(computeInputHash({ ...base }))
    expect(computeInputHash(base)).not.toBe(computeInputHash({ ...base, kitVersion: 'v2' }))
    expect(computeInputHash(base)).not.toBe(computeInputHash({ ...base, model: 'n' }))
    expect(computeInputHash(base)).not.toBe(computeInputHash({ ...base, params: { ...base.params, temperature: 0.2 } }))
  })
})

describe('budget', () => {
  const pricing = { m: { inputPerMTok: 1, outputPerMTok: 2 } }
  it('estimates prompt chars / 4 plus the completion allowance', () => {
    const estimate = estimateCall([{ role: 'user', content: 'x'.repeat(400) }], 'm', 100, pricing)
    expect(estimate.tokens).toBe(200)
    expect(estimate.cost).toBeCloseTo((100 * 1 + 100 * 2) / 1e6, 12)
  })
  it('counts calls in flight, and frees them when released', async () => {
    const guard = new BudgetGuard({ maxTokens: 250 }, async () => ({ cost: 0, tokens: 0 }))
    const first = await guard.reserve('a', { cost: 0, tokens: 200 })
    expect('release' in first).toBe(true)
    const second = await guard.reserve('b', { cost: 0, tokens: 100 })
    expect(second).toEqual({ error: expect.stringMatching(/^Budget of 250 tokens for this article would be exceeded by phase b/) })
    if ('release' in first) first.release()
    expect('release' in (await guard.reserve('b', { cost: 0, tokens: 100 }))).toBe(true)
  })
  it('holds what a finished call cost until it is recorded, instead of its estimate', async () => {
    const guard = new BudgetGuard({ maxTokens: 250 }, async () => ({ cost: 0, tokens: 0 }))
    const first = await guard.reserve('a', { cost: 0, tokens: 200 })
    if (!('settle' in first)) throw new Error('expected a reservation')
    first.settle({ cost: 0, tokens: 120 })
    // 120 used + 140 estimated > 250: the settled cost still counts before its generation is recorded.
    expect(await guard.reserve('b', { cost: 0, tokens: 140 })).toEqual({ error: expect.stringMatching(/phase b/) })
    expect('release' in (await guard.reserve('b', { cost: 0, tokens: 130 }))).toBe(true)
    first.release()
    first.settle({ cost: 0, tokens: 500 })
    // Released for good: a late settle changes nothing (130 held by b + 120 fits).
    expect('release' in (await guard.reserve('c', { cost: 0, tokens: 120 }))).toBe(true)
  })
})

describe('pipeline options', () => {
  it('defaults concurrency to 3, no budget, 10 s heartbeats, 30 s leases and 2 min database outages', () => {
    expect(resolveOptions({}, {}).pipeline).toEqual({ budget: {}, concurrency: 3, dbOutageMaxWaitMs: 120_000, heartbeatMs: 10_000, leaseMs: 30_000 })
  })
  it('refuses a lease no longer than the heartbeat that renews it', () => {
    expect(() => resolveOptions({ pipeline: { heartbeatMs: 10_000, leaseMs: 10_000 } }, {})).toThrow(/`pipeline\.leaseMs` must be longer than pipeline\.heartbeatMs/)
    expect(() => resolveOptions({ llm: { outageMaxWaitMs: -1 } }, {})).toThrow(/`llm\.outageMaxWaitMs`/)
    expect(() => resolveOptions({ llm: { maxRepairs: 1.5 } }, {})).toThrow(/`llm\.maxRepairs`/)
  })
  it('names the option when a value is wrong', () => {
    expect(() => resolveOptions({ pipeline: { concurrency: 0 } }, {})).toThrow(/`pipeline\.concurrency`/)
    expect(() => resolveOptions({ pipeline: { budget: { maxCostUsd: -1 } } }, {})).toThrow(/`pipeline\.budget\.maxCostUsd`/)
  })
})
