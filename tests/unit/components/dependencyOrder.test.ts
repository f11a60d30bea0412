import { inDependencyOrder } from '../../../src/components/dependencyOrder.js'

describe('inDependencyOrder', () => {
  it('puts every phase after the phases it depends on, otherwise keeping kit order', () => {
    const phases = [
      { dependsOn: ['outline', 'research'], key: 'body' },
      { dependsOn: [], key: 'outline' },
      { dependsOn: ['outline'], key: 'introduction' },
      { key: 'research' },
    ]
    expect(inDependencyOrder(phases).map((p) => p.key)).toEqual(['outline', 'introduction', 'research', 'body'])
  })

  it('keeps the given order for a kit with a cycle rather than hiding it', () => {
    const phases = [
      { dependsOn: ['b'], key: 'a' },
      { dependsOn: ['a'], key: 'b' },
    ]
    expect(inDependencyOrder(phases).map((p) => p.key)).toEqual(['a', 'b'])
  })
})
