import type { PhaseResult, Schedule, SchedulePhase } from '../../../src/pipeline/scheduler.js'

import { defaultKit } from '../../../src/kit/defaultKit.js'
import {
  createSchedule,
  describeFailure,
  initiallyBlocked,
  isSettled,
  markStarted,
  phaseFinished,
  phasesToStart,
  runOutcome,
  stopSchedule,
} from '../../../src/pipeline/scheduler.js'

/**
 *   a ─ c ─ d ─┐
 *   b ─ e ─────┴ f
 * Two roots, a chain under `a`, and `f` joining both branches.
 */
const graph: SchedulePhase[] = [
  { key: 'a' },
  { key: 'b', dependsOn: null },
  { key: 'c', dependsOn: ['a'] },
  { key: 'd', dependsOn: ['c'] },
  { key: 'e', dependsOn: ['b'] },
  { key: 'f', dependsOn: ['d', 'e'] },
]
const allKeys = graph.map((p) => p.key)

const kit = defaultKit.phases
const kitKeys = kit.map((p) => p.key)

const fresh = (over: Partial<Parameters<typeof createSchedule>[0]> = {}): Schedule =>
  initiallyBlocked(createSchedule({ alreadyDone: new Set(), concurrency: 10, graph, runKeys: allKeys, ...over })).schedule

/** Start whatever the scheduler says, as runPipeline does. */
const startReady = (schedule: Schedule) => {
  const started = phasesToStart(schedule)
  return { schedule: markStarted(schedule, started), started }
}

const statusOf = (schedule: Schedule) => Object.fromEntries([...schedule.phases].map(([key, slot]) => [key, slot.status]))

const ownFailure = (message: string, retryable = false, stopRun?: boolean): PhaseResult => ({ message, retryable, status: 'failed', ...(stopRun ? { stopRun } : {}) })

describe('scheduler: which phases start', () => {
  it('starts the default kit in kit order, only phases whose dependencies are done, within the concurrency limit', () => {
    let schedule = initiallyBlocked(createSchedule({ alreadyDone: new Set(), concurrency: 3, graph: kit, runKeys: kitKeys })).schedule
    expect(phasesToStart(schedule)).toEqual(['outline', 'research'])
    ;({ schedule } = startReady(schedule))
    // Everything else waits for outline or research.
    expect(phasesToStart(schedule)).toEqual([])

    ;({ schedule } = phaseFinished(schedule, 'outline', { status: 'done' }))
    // research still runs: 2 of 3 slots free, taken in kit order.
    expect(phasesToStart(schedule)).toEqual(['introduction', 'eeat'])
    ;({ schedule } = startReady(schedule))
    expect(phasesToStart(schedule)).toEqual([])

    ;({ schedule } = phaseFinished(schedule, 'research', { status: 'done' }))
    // One slot free: body (now ready) comes before faq, conclusion… in kit order.
    expect(phasesToStart(schedule)).toEqual(['body'])
  })

  it('never starts more than the limit, however many are ready', () => {
    const base = { alreadyDone: new Set(['outline', 'research']), graph: kit, runKeys: kitKeys.filter((k) => k !== 'outline' && k !== 'research') }
    expect(phasesToStart(createSchedule({ ...base, concurrency: 1 }))).toEqual(['introduction'])
    expect(phasesToStart(createSchedule({ ...base, concurrency: 4 }))).toEqual(['introduction', 'body', 'eeat', 'faq'])
    expect(phasesToStart(createSchedule({ ...base, concurrency: 12 }))).toEqual(['introduction', 'body', 'eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social'])
    // Running phases count against the limit.
    const busy = markStarted(createSchedule({ ...base, concurrency: 4 }), ['images', 'social', 'meta'])
    expect(phasesToStart(busy)).toEqual(['introduction'])
    expect(phasesToStart(markStarted(busy, ['introduction']))).toEqual([])
  })

  it('starts only what a resumed run has left (alreadyDone)', () => {
    const schedule = fresh({ alreadyDone: new Set(['a', 'c']) })
    expect(statusOf(schedule)).toEqual({ a: 'done', b: 'pending', c: 'done', d: 'pending', e: 'pending', f: 'pending' })
    expect(phasesToStart(schedule)).toEqual(['b', 'd'])

    const resumedKit = createSchedule({ alreadyDone: new Set(['outline', 'research', 'introduction', 'body']), concurrency: 12, graph: kit, runKeys: kitKeys })
    expect(phasesToStart(resumedKit)).toEqual(['eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social'])
    expect(isSettled(resumedKit)).toBe(false)
  })

  it('uses a dependency outside the run that has output, and runs nothing outside the run', () => {
    const schedule = fresh({ alreadyDone: new Set(['a']), runKeys: ['c', 'd'] })
    expect(phasesToStart(schedule)).toEqual(['c'])
    expect(schedule.phases.get('b')).toEqual({ failure: { dependency: 'b', kind: 'missingInput' }, status: 'failed' })
  })
})

describe('scheduler: failures', () => {
  it('blocks the transitive dependants of a failed phase, and only those', () => {
    let { schedule } = startReady(fresh())
    const finished = phaseFinished(schedule, 'a', ownFailure('boom'))
    expect(finished.blocked).toEqual(
      new Map([
        ['c', { dependency: 'a', kind: 'dependency' }],
        ['d', { dependency: 'c', kind: 'dependency' }],
        ['f', { dependency: 'd', kind: 'dependency' }],
      ]),
    )
    schedule = finished.schedule
    expect(statusOf(schedule)).toEqual({ a: 'failed', b: 'running', c: 'failed', d: 'failed', e: 'pending', f: 'failed' })

    // The independent branch goes on.
    ;({ schedule } = phaseFinished(schedule, 'b', { status: 'done' }))
    expect(phasesToStart(schedule)).toEqual(['e'])
    ;({ schedule } = startReady(schedule))
    const last = phaseFinished(schedule, 'e', { status: 'done' })
    expect(last.blocked.size).toBe(0)
    expect(isSettled(last.schedule)).toBe(true)
    expect(phasesToStart(last.schedule)).toEqual([])
  })

  it('reports a dependency outside the run without output as missing input', () => {
    const { blocked, schedule } = initiallyBlocked(createSchedule({ alreadyDone: new Set(['b']), concurrency: 10, graph, runKeys: ['c', 'd', 'e'] }))
    expect(blocked).toEqual(
      new Map([
        ['c', { dependency: 'a', kind: 'missingInput' }],
        ['d', { dependency: 'c', kind: 'dependency' }],
      ]),
    )
    expect(phasesToStart(schedule)).toEqual(['e'])
    expect(describeFailure(blocked.get('c')!)).toBe('dependency a has no output yet; run it first')
    expect(describeFailure(blocked.get('d')!)).toBe('dependency c failed')
  })

  it('stops the run when a phase asks to: nothing new starts, pending phases fail as stopped', () => {
    let { schedule } = startReady(fresh({ concurrency: 1 }))
    expect(statusOf(schedule).a).toBe('running')
    const stopped = phaseFinished(schedule, 'a', ownFailure('Budget spent', false, true))
    expect(stopped.schedule.stopped).toBe('Budget spent')
    expect(stopped.blocked).toEqual(new Map(['b', 'c', 'd', 'e', 'f'].map((key) => [key, { kind: 'stopped', reason: 'Budget spent' }])))
    expect(phasesToStart(stopped.schedule)).toEqual([])
    expect(isSettled(stopped.schedule)).toBe(true)
    const outcome = runOutcome(stopped.schedule)
    expect(outcome).toMatchObject({ error: 'Budget spent', retryable: false, status: 'failed' })
    expect(Object.keys(outcome.failed).sort()).toEqual(allKeys)
  })

  it('stopSchedule blocks pending phases, leaves running ones running, and keeps the first reason', () => {
    let { schedule } = startReady(fresh({ concurrency: 1 }))
    const stopped = stopSchedule(schedule, 'The run was cancelled.')
    expect(stopped.blocked).toEqual(new Map(['b', 'c', 'd', 'e', 'f'].map((key) => [key, { kind: 'stopped', reason: 'The run was cancelled.' }])))
    expect(statusOf(stopped.schedule)).toEqual({ a: 'running', b: 'failed', c: 'failed', d: 'failed', e: 'failed', f: 'failed' })
    expect(isSettled(stopped.schedule)).toBe(false)
    expect(phasesToStart(stopped.schedule)).toEqual([])
    schedule = stopSchedule(stopped.schedule, 'a later reason').schedule
    expect(schedule.stopped).toBe('The run was cancelled.')
    // The running phase ends: even done, the run failed because it was stopped.
    const ended = phaseFinished(schedule, 'a', { status: 'done' })
    expect(isSettled(ended.schedule)).toBe(true)
    expect(runOutcome(ended.schedule)).toMatchObject({ error: 'The run was cancelled.', retryable: false, status: 'failed' })
    // A stopped run is not retried, even when the running phase's own failure would be.
    const failedWhileStopping = phaseFinished(schedule, 'a', ownFailure('timed out', true))
    expect(runOutcome(failedWhileStopping.schedule)).toMatchObject({ error: 'The run was cancelled.', retryable: false, status: 'failed' })
  })

  it('starts nothing once stopped, even before the pending phases are marked', () => {
    const schedule = fresh()
    expect(phasesToStart(schedule)).toEqual(['a', 'b'])
    expect(phasesToStart({ ...schedule, stopped: 'The run was cancelled.' })).toEqual([])
  })
})

describe('scheduler: the run outcome', () => {
  const settle = (results: Record<string, PhaseResult>, over: Partial<Parameters<typeof createSchedule>[0]> = {}) => {
    let schedule = fresh(over)
    for (let guard = 0; !isSettled(schedule) && guard < 20; guard++) {
      const started = startReady(schedule)
      schedule = started.schedule
      for (const key of started.started) schedule = phaseFinished(schedule, key, results[key] ?? { status: 'done' }).schedule
    }
    expect(isSettled(schedule)).toBe(true)
    return runOutcome(schedule)
  }

  it('succeeds when every phase of the run is done', () => {
    expect(settle({})).toEqual({ failed: {}, retryable: false, status: 'succeeded' })
  })

  it('names its own failures in the error, leaves blocked ones out of it, and is retryable when they all are', () => {
    const outcome = settle({ a: ownFailure('LLM timed out', true) })
    expect(outcome.status).toBe('failed')
    expect(outcome.error).toBe('1 phase(s) failed: a (LLM timed out)')
    expect(outcome.retryable).toBe(true)
    expect(outcome.failed).toEqual({
      a: { kind: 'own', message: 'LLM timed out', retryable: true },
      c: { dependency: 'a', kind: 'dependency' },
      d: { dependency: 'c', kind: 'dependency' },
      f: { dependency: 'd', kind: 'dependency' },
    })
  })

  it('is not retryable when one own failure is not', () => {
    const outcome = settle({ a: ownFailure('timed out', true), e: ownFailure('invalid answer', false) })
    expect(outcome.error).toBe('2 phase(s) failed: a (timed out); e (invalid answer)')
    expect(outcome.retryable).toBe(false)
    expect(Object.keys(outcome.failed).sort()).toEqual(['a', 'c', 'd', 'e', 'f'])
  })

  it('reports blocked phases when nothing of its own failed (missing input), not retryable', () => {
    const outcome = settle({}, { alreadyDone: new Set(['b']), runKeys: ['c', 'e'] })
    expect(outcome).toEqual({
      error: '1 phase(s) failed: c (dependency a has no output yet; run it first)',
      failed: { c: { dependency: 'a', kind: 'missingInput' } },
      retryable: false,
      status: 'failed',
    })
  })
})
