import type { CheckResult } from '../../../src/gate/types.js'
import type { KitPhase } from '../../../src/pipeline/types.js'

import { feedbackLine, ownerKindOf, refinementPlan } from '../../../src/refine/owners.js'
import { resolveRefine } from '../../../src/refine/options.js'
import { roundOf, roundRunId } from '../../../src/refine/state.js'

const failed = (id: string, path?: string): CheckResult => ({ id, label: id, message: `${id} failed`, ok: false, path, severity: 'error' })

describe('which phase owns a failed check', () => {
  it.each([
    ['meta-title-length', undefined, 'meta'],
    ['meta-title-target', undefined, 'meta'],
    ['meta-description-length', undefined, 'meta'],
    ['meta-description-target', undefined, 'meta'],
    ['keyword-in-meta-description', undefined, 'meta'],
    ['keyword-in-meta-title', undefined, 'meta'],
    ['keyword-in-opening', 'introduction', 'introduction'],
    ['keyword-in-h2', 'body', 'body'],
    ['heading-levels', 'body', 'body'],
    ['heading-levels', 'conclusion', 'conclusion'],
    ['single-h1', 'introduction', 'introduction'],
    ['faq-present', 'faq', 'faq'],
    ['internal-links-target', 'internalLinks.0.article', 'internalLinks'],
  ])('%s (at %s) → %s', (id, path, kind) => {
    expect(ownerKindOf({ id, path })).toBe(kind)
  })

  it.each(['internal-links-published', 'internal-links-waiting', 'keyword-in-title', 'primary-keyword', 'faq-json-ld', 'eeat-unused', 'eeat-verified', 'eeat-source-urls', 'eeat-placeholders', 'made-up'])(
    '%s is no phase\'s to fix',
    (id) => {
      expect(ownerKindOf({ id })).toBeUndefined()
    },
  )
})

describe('refinementPlan', () => {
  const phase = (key: string, outputKind = key): KitPhase => ({ key, outputKind: outputKind as KitPhase['outputKind'], template: '', title: key })
  const phases = [phase('outline'), phase('introduction'), phase('body'), phase('seo-meta', 'meta'), phase('faq')]
  const all = new Set(phases.map((p) => p.key))

  it('groups the checks by the kit phase of the owning kind, in kit order', () => {
    const plan = refinementPlan([failed('keyword-in-meta-description'), failed('keyword-in-h2', 'body'), failed('meta-title-length')], { exclude: new Set(), phases, scope: all })
    expect(plan).toEqual([
      { checks: [{ id: 'keyword-in-h2', label: 'keyword-in-h2', message: 'keyword-in-h2 failed' }], phase: 'body' },
      {
        checks: [
          { id: 'keyword-in-meta-description', label: 'keyword-in-meta-description', message: 'keyword-in-meta-description failed' },
          { id: 'meta-title-length', label: 'meta-title-length', message: 'meta-title-length failed' },
        ],
        phase: 'seo-meta',
      },
    ])
  })

  it('leaves out phases outside the run, excluded phases, kinds the kit lacks and unowned checks', () => {
    const checks = [failed('keyword-in-opening', 'introduction'), failed('faq-present', 'faq'), failed('internal-links-target'), failed('keyword-in-title')]
    expect(refinementPlan(checks, { exclude: new Set(['faq']), phases, scope: new Set(['faq', 'body']) })).toEqual([])
    expect(refinementPlan(checks, { exclude: new Set(), phases, scope: all }).map((task) => task.phase)).toEqual(['introduction', 'faq'])
  })

  it('writes one feedback line per check: the check, then what failed and the target', () => {
    expect(feedbackLine({ label: 'Meta description target length', message: 'Meta description has 131 characters; 148–155 is ideal.' })).toBe(
      'Meta description target length: Meta description has 131 characters; 148–155 is ideal.',
    )
  })
})

describe('refine options and round IDs', () => {
  it('defaults to two rounds; false or 0 turns refinement off; other values are refused', () => {
    expect(resolveRefine(undefined)).toEqual({ maxRounds: 2 })
    expect(resolveRefine(false)).toEqual({ maxRounds: 0 })
    expect(resolveRefine({ maxRounds: 0 })).toEqual({ maxRounds: 0 })
    expect(() => resolveRefine({ maxRounds: 1.5 })).toThrow(/refine\.maxRounds.*whole number from 0 to 10.*1\.5/)
    expect(() => resolveRefine({ maxRounds: 11 })).toThrow(/refine\.maxRounds/)
  })

  it('names round N of a run after it, and reads the round back', () => {
    expect(roundRunId('run_a', 2)).toBe('run_a~r2')
    expect(roundOf('run_a', 'run_a')).toBe(0)
    expect(roundOf('run_a~r2', 'run_a')).toBe(2)
    expect(roundOf('run_b~r1', 'run_a')).toBeUndefined()
    expect(roundOf('run_a~rx', 'run_a')).toBeUndefined()
    expect(roundOf(null, 'run_a')).toBeUndefined()
  })
})
