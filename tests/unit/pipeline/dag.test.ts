import { defaultKit } from '../../../src/kit/defaultKit.js'
import { dependantsOf, longestChain, readyPhases, type RunPhaseState, topologicalOrder, withDependencies } from '../../../src/pipeline/dag.js'

const kit = defaultKit.phases

describe('pipeline DAG', () => {
  it('orders the default kit so every phase follows its dependencies', () => {
    const order = topologicalOrder(kit)
    expect(order).toHaveLength(12)
    for (const phase of kit) {
      for (const dep of phase.dependsOn) expect(order.indexOf(dep)).toBeLessThan(order.indexOf(phase.key))
    }
  })

  it('measures the longest chain (outline → body → seoReview)', () => {
    expect(longestChain(kit)).toBe(3)
    expect(longestChain([])).toBe(0)
  })

  it('lists the phases that may start now, in kit order', () => {
    const states = new Map<string, RunPhaseState>(kit.map((p) => [p.key, 'pending']))
    expect(readyPhases(kit, states)).toEqual(['outline', 'research'])
    states.set('outline', 'done')
    states.set('research', 'running')
    expect(readyPhases(kit, states)).toEqual(['introduction', 'eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social'])
  })

  it('adds dependencies that still need a run, and only those', () => {
    expect(withDependencies(kit, ['seoReview'], () => true)).toEqual([
      'outline', 'research', 'introduction', 'body', 'faq', 'conclusion', 'seoReview',
    ])
    expect(withDependencies(kit, ['body'], (key) => key !== 'outline')).toEqual(['research', 'body'])
    // A requested phase runs even when done.
    expect(withDependencies(kit, ['outline'], () => false)).toEqual(['outline'])
  })

  it('finds transitive dependants', () => {
    expect([...dependantsOf(kit, 'research')].sort()).toEqual(['body', 'seoReview'])
  })

  it('reports a cycle by name', () => {
    expect(() => topologicalOrder([{ key: 'a', dependsOn: ['b'] }, { key: 'b', dependsOn: ['a'] }])).toThrow(/cycle among: a, b/)
  })
})
