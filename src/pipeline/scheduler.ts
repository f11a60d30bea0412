/**
 * The run's scheduler as a pure state machine: no I/O, no clocks, no promises. Given the kit's
 * dependency graph, where each phase stands and the concurrency limit, `phasesToStart` says which
 * phases start now; `phaseFinished` takes one phase's outcome and returns the next state plus the
 * phases that can no longer run. runPipeline.ts performs the effects around it.
 */

/** The part of a kit phase the scheduler needs. */
export type SchedulePhase = { dependsOn?: null | string[]; key: string }

/** Why a phase failed, as data: the run's result and the panel are built from it, never from text. */
export type PhaseFailure =
  /** The phase's own work failed; `retryable` when a later attempt may get past it. */
  | { kind: 'own'; message: string; retryable: boolean }
  /** A dependency in this run failed (directly or further up), so this phase cannot start. */
  | { dependency: string; kind: 'dependency' }
  /** A dependency outside this run has no output: it must be run first. */
  | { dependency: string; kind: 'missingInput' }
  /** The run was stopped (budget spent, cancelled) before this phase started. */
  | { kind: 'stopped'; reason: string }

export type PhaseSlot =
  | { failure: PhaseFailure; status: 'failed' }
  | { status: 'done' }
  | { status: 'pending' }
  | { status: 'running' }

export type Schedule = {
  readonly concurrency: number
  /** Every phase of the kit: those outside the run are inputs, either done or failed (no output). */
  readonly phases: ReadonlyMap<string, PhaseSlot>
  readonly graph: readonly SchedulePhase[]
  /** Phases this run executes. */
  readonly runKeys: ReadonlySet<string>
  /** Set once a phase asked to stop the run: nothing else starts. */
  readonly stopped?: string
}

/** What a finished phase reports to the scheduler. */
export type PhaseResult = { status: 'done' } | { message: string; retryable: boolean; status: 'failed'; stopRun?: boolean }

export const createSchedule = ({
  alreadyDone,
  concurrency,
  graph,
  runKeys,
}: {
  /** Phases with an output: outside the run, inputs; inside it, finished before a resume. */
  alreadyDone: ReadonlySet<string>
  concurrency: number
  graph: readonly SchedulePhase[]
  runKeys: readonly string[]
}): Schedule => {
  const inRun = new Set(runKeys)
  const phases = new Map<string, PhaseSlot>()
  for (const { key } of graph) {
    if (alreadyDone.has(key)) phases.set(key, { status: 'done' })
    else if (inRun.has(key)) phases.set(key, { status: 'pending' })
    else phases.set(key, { failure: { dependency: key, kind: 'missingInput' }, status: 'failed' })
  }
  return { concurrency, graph, phases, runKeys: inRun }
}

const depsOf = (phase: SchedulePhase) => phase.dependsOn ?? []

const countRunning = (schedule: Schedule) => [...schedule.phases.values()].filter((slot) => slot.status === 'running').length

/** Pending phases whose dependencies are all done, in kit order, within the concurrency limit. */
export const phasesToStart = (schedule: Schedule): string[] => {
  if (schedule.stopped) return []
  const free = schedule.concurrency - countRunning(schedule)
  return schedule.graph
    .filter((phase) => schedule.phases.get(phase.key)?.status === 'pending')
    .filter((phase) => depsOf(phase).every((dep) => schedule.phases.get(dep)?.status === 'done'))
    .slice(0, Math.max(0, free))
    .map((phase) => phase.key)
}

const withSlots = (schedule: Schedule, changes: Iterable<[string, PhaseSlot]>): Schedule => {
  const phases = new Map(schedule.phases)
  for (const [key, slot] of changes) phases.set(key, slot)
  return { ...schedule, phases }
}

export const markStarted = (schedule: Schedule, keys: readonly string[]): Schedule =>
  withSlots(
    schedule,
    keys.map((key) => [key, { status: 'running' }]),
  )

/**
 * Pending phases that can never run: the run was stopped, or a dependency failed. A dependency
 * outside the run is reported as missing input; one inside it as a failed dependency.
 */
const blockedPhases = (schedule: Schedule): Map<string, PhaseFailure> => {
  const blocked = new Map<string, PhaseFailure>()
  const failed = (key: string) => schedule.phases.get(key)?.status === 'failed' || blocked.has(key)
  for (let changed = true; changed; ) {
    changed = false
    for (const phase of schedule.graph) {
      if (schedule.phases.get(phase.key)?.status !== 'pending' || blocked.has(phase.key)) continue
      if (schedule.stopped) {
        blocked.set(phase.key, { kind: 'stopped', reason: schedule.stopped })
        changed = true
        continue
      }
      const dependency = depsOf(phase).find(failed)
      if (dependency === undefined) continue
      const upstream = schedule.phases.get(dependency)
      const missing = upstream?.status === 'failed' && upstream.failure.kind === 'missingInput'
      blocked.set(phase.key, missing ? upstream.failure : { dependency, kind: 'dependency' })
      changed = true
    }
  }
  return blocked
}

/** Phases blocked from the start (a dependency outside the run without output). */
export const initiallyBlocked = (schedule: Schedule): { blocked: Map<string, PhaseFailure>; schedule: Schedule } => {
  const blocked = blockedPhases(schedule)
  return { blocked, schedule: withSlots(schedule, [...blocked].map(([key, failure]) => [key, { failure, status: 'failed' }])) }
}

/**
 * One phase ended. Returns the next state and the phases that became unable to run because of
 * it (the caller records them as failed).
 */
export const phaseFinished = (
  schedule: Schedule,
  key: string,
  result: PhaseResult,
): { blocked: Map<string, PhaseFailure>; schedule: Schedule } => {
  const slot: PhaseSlot =
    result.status === 'done' ? { status: 'done' } : { failure: { kind: 'own', message: result.message, retryable: result.retryable }, status: 'failed' }
  const next = withSlots({ ...schedule, stopped: result.status === 'failed' && result.stopRun ? result.message : schedule.stopped }, [[key, slot]])
  return initiallyBlocked(next)
}

/** Stop the run (cancelled): nothing new starts; pending phases become blocked. */
export const stopSchedule = (schedule: Schedule, reason: string) => initiallyBlocked({ ...schedule, stopped: schedule.stopped ?? reason })

export const isSettled = (schedule: Schedule): boolean =>
  [...schedule.runKeys].every((key) => {
    const status = schedule.phases.get(key)?.status
    return status === 'done' || status === 'failed'
  })

/** How a failure reads on the article and in the run's error. */
export const describeFailure = (failure: PhaseFailure): string => {
  switch (failure.kind) {
    case 'own':
      return failure.message
    case 'dependency':
      return `dependency ${failure.dependency} failed`
    case 'missingInput':
      return `dependency ${failure.dependency} has no output yet; run it first`
    case 'stopped':
      return failure.reason
  }
}

export type RunOutcome = {
  error?: string
  /** Failures of the run's own phases, by key (blocked dependants left out when there are any). */
  failed: Record<string, PhaseFailure>
  /** True when every own failure may pass on a later attempt and the run was not stopped. */
  retryable: boolean
  status: 'failed' | 'succeeded'
}

/** The run's result once it has settled. */
export const runOutcome = (schedule: Schedule): RunOutcome => {
  const failures = [...schedule.runKeys].flatMap((key) => {
    const slot = schedule.phases.get(key)
    return slot?.status === 'failed' ? [[key, slot.failure] as const] : []
  })
  if (failures.length === 0) return { failed: {}, retryable: false, status: 'succeeded' }
  const own = failures.filter(([, failure]) => failure.kind === 'own')
  const reported = own.length ? own : failures
  const error =
    schedule.stopped ?? `${reported.length} phase(s) failed: ${reported.map(([key, failure]) => `${key} (${describeFailure(failure)})`).join('; ')}`
  const retryable = !schedule.stopped && own.length > 0 && own.every(([, failure]) => failure.kind === 'own' && failure.retryable)
  return { error, failed: Object.fromEntries(failures), retryable, status: 'failed' }
}
