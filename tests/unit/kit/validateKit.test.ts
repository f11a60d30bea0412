import { validateKitPhases } from '../../../src/kit/validateKit.js'

const phase = (key: string, template: string, dependsOn: string[] = []) => ({ key, template, dependsOn })

describe('validateKitPhases', () => {
  it('accepts a valid DAG whose templates use brief variables and outputs of dependencies', () => {
    const problems = validateKitPhases([
      phase('outline', 'Outline {{title}} for {{ primaryKeyword }}'),
      phase('body', 'Write from {{outputs.outline}}', ['outline']),
    ])
    expect(problems).toEqual([])
  })

  it('names the phase and the unknown variable', () => {
    const [problem, ...rest] = validateKitPhases([phase('outline', 'Outline {{titel}}')])
    expect(rest).toEqual([])
    expect(problem).toMatchObject({ index: 0, phase: 'outline' })
    expect(problem!.message).toContain('unknown variable {{titel}}')
  })

  it('rejects a dependency on a phase that does not exist', () => {
    const problems = validateKitPhases([phase('body', 'Body', ['outlne'])])
    expect(problems).toHaveLength(1)
    expect(problems[0]!.message).toBe('phase "body" depends on "outlne", which is not a phase of this kit')
  })

  it('rejects outputs of a phase that is not a dependency', () => {
    const problems = validateKitPhases([phase('outline', 'x'), phase('body', '{{outputs.outline}}')])
    expect(problems.map((p) => p.message)).toEqual([
      'phase "body" uses {{outputs.outline}} but does not depend on "outline"; add it to depends-on',
    ])
  })

  it('rejects outputs of a phase that does not exist', () => {
    const problems = validateKitPhases([phase('body', '{{outputs.ghost}}')])
    expect(problems[0]!.message).toContain('the kit has no phase "ghost"')
  })

  it('reports a cycle with its path', () => {
    const problems = validateKitPhases([
      phase('a', 'x', ['c']),
      phase('b', 'x', ['a']),
      phase('c', 'x', ['b']),
    ])
    expect(problems).toHaveLength(1)
    expect(problems[0]!.message).toMatch(/dependency cycle: (a → c → b → a|a → b → c → a)/)
  })

  it('reports self-dependency, duplicate and malformed keys', () => {
    const messages = validateKitPhases([
      phase('a', 'x', ['a']),
      phase('a', 'x'),
      phase('Bad-Key', 'x'),
    ]).map((p) => p.message)
    expect(messages).toEqual(
      expect.arrayContaining([
        'phase "a" depends on itself',
        expect.stringContaining('phase key "a" is used twice'),
        expect.stringContaining('phase key "Bad-Key" must start with a lowercase letter'),
      ]),
    )
  })
})
