import type { Payload, PayloadRequest } from 'payload'

import type { PhaseHandler } from '../phases/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'
import type { LlmWait } from './callModel.js'
import type { RunSetup } from './prepareRun.js'
import type { PhaseOutcome } from './runPhase.js'
import type { Schedule } from './scheduler.js'
import type { Id, RunContext } from './types.js'

import { getPhaseHandler } from '../phases/index.js'
import { getPromptKitOptions } from '../pluginOptions.js'
import { BudgetGuard } from './budget.js'
import { dependantsOf } from './dag.js'
import { Launches } from './launches.js'
import { prepareRun } from './prepareRun.js'
import { runPhase } from './runPhase.js'
import { createSchedule, describeFailure, initiallyBlocked, markStarted, phaseFinished, phasesToStart, runOutcome, stopSchedule } from './scheduler.js'
import { articleSpend } from './store/generations.js'
import { failPhases, markLlmWait, markRunFinished, markRunStarted } from './store/runState.js'
import { markStale, outputChanged } from './staleness.js'

export type RunPipelineArgs = {
  articleId: Id
  /** Regenerate even when a cached answer for the same inputs exists. */
  force?: boolean
  /** Per phase key: problems the phase's re-run must fix; those phases run and skip the cache. */
  feedback?: Record<string, string[]>
  /** The job running this run, recorded on the article's run (a new article is queued without it). */
  jobId?: Id
  /** Run with this saved version of the kit (a prompt-kits version ID) instead of the current kit. */
  kitVersion?: Id | null
  /** Phases to run; their dependencies that are not done run too. Default: every phase of the kit. */
  phases?: string[]
  req?: PayloadRequest
  runId: string
  /** Aborts LLM calls in flight; phases not started fail as cancelled. Re-running the run resumes it. */
  signal?: AbortSignal
  userId?: Id
}

export type PhaseResult = { cached?: boolean; error?: string; status: 'done' | 'failed' }

export type PipelineResult = {
  articleId: Id
  /** Why the run failed, for the run's `error`. */
  error?: string
  phases: Record<string, PhaseResult>
  /** True when every failure may pass on a later attempt. */
  retryable: boolean
  runId: string
  status: 'failed' | 'succeeded'
}

type Run = { args: RunPipelineArgs; options: ResolvedPromptKitOptions; payload: Payload; setup: RunSetup }

const targetOf = ({ args, options, payload }: Omit<Run, 'setup'>) => ({ articleId: args.articleId, options, payload, req: args.req })
const describeAll = (blocked: Map<string, Parameters<typeof describeFailure>[0]>) => new Map([...blocked].map(([key, failure]) => [key, describeFailure(failure)]))

/** A new output outdates the dependants this run will not redo. Best effort: the run goes on if it fails. */
const markDependantsStale = async (run: Run, key: string, outcome: Extract<PhaseOutcome, { status: 'done' }>) => {
  const { args, options, payload, setup } = run
  try {
    const outside = [...dependantsOf(setup.kit.phases, key)].filter((k) => !setup.runKeys.includes(k))
    if (outside.length && (await outputChanged({ options, payload, req: args.req }, setup.rows.get(key), outcome.generation))) {
      await markStale(targetOf(run), outside, setup.kit.phases.map((p) => p.key))
    }
  } catch (err) {
    payload.logger.warn(`payload-prompt-kit: could not mark the dependants of ${key} stale (article ${String(args.articleId)}): ${String(err)}`)
  }
}

/**
 * The run's view of the LLM endpoint: each phase reports its own wait (or null once answered or
 * done); the article shows the longest-running wait while any phase waits, and is written only
 * when that changes (see markLlmWait).
 */
const llmWaitReporter = (run: Omit<Run, 'setup'>) => {
  const waits = new Map<string, NonNullable<LlmWait>>()
  let shown: LlmWait = null
  const show = () => {
    const oldest = [...waits.values()].sort((a, b) => a.since.getTime() - b.since.getTime())[0] ?? null
    if (oldest === shown || (oldest && shown && oldest.nextTryAt === shown.nextTryAt && oldest.since === shown.since)) return
    shown = oldest
    void markLlmWait(targetOf(run), oldest).catch((err: unknown) => run.payload.logger.warn(`payload-prompt-kit: could not record the LLM wait: ${String(err)}`))
  }
  return (phase: string) => (wait: LlmWait) => {
    if (wait) waits.set(phase, wait)
    else waits.delete(phase)
    show()
  }
}

/**
 * Drive the scheduler: start what it says, feed it each phase's outcome, record the phases it
 * says can no longer run. Returns the final schedule and every phase's result.
 */
const executePhases = async (run: Run, context: Omit<RunContext, 'kit'>): Promise<{ results: Record<string, PhaseResult>; schedule: Schedule }> => {
  const { args, options, payload, setup } = run
  const kitOrder = setup.kit.phases.map((p) => p.key)
  const budget = new BudgetGuard(options.pipeline.budget, () => articleSpend({ options, payload, req: args.req }, args.articleId))
  const onWaiting = llmWaitReporter(run)
  const results: Record<string, PhaseResult> = {}
  const persisted: Promise<void>[] = []
  const inFlight = new Map<string, Promise<[string, PhaseOutcome]>>()
  const launches = new Launches()
  let { blocked, schedule } = initiallyBlocked(createSchedule({ alreadyDone: new Set(setup.outputs.keys()), concurrency: options.pipeline.concurrency, graph: setup.kit.phases, runKeys: setup.runKeys }))
  try {
    let finished: string | undefined
    for (;;) {
      await failPhases(targetOf(run), describeAll(blocked), kitOrder)
      for (const [key, failure] of blocked) results[key] = { error: describeFailure(failure), status: 'failed' }
      const starting = phasesToStart(schedule)
      schedule = markStarted(schedule, starting)
      for (const key of starting) {
        const phase = setup.kit.phases.find((p) => p.key === key)!
        const outputs = Object.fromEntries((phase.dependsOn ?? []).map((dep) => [dep, setup.outputs.get(dep) ?? '']))
        const triedBefore = setup.triedBefore.has(key)
        const lines = context.feedback?.[key]
        const feedback = lines?.length ? { lines, previous: setup.previous.get(key) } : undefined
        const { onLaunched, persistAfter } = launches.add(key)
        const ctx = { brief: setup.brief, budget, client: setup.client, context: setup.context, feedback, kitOrder, onLaunched, onWaiting: onWaiting(key), options, outputs, payload, persistAfter, phase, run: { ...context, kit: setup.kit }, triedBefore }
        inFlight.set(key, runPhase(ctx).then((outcome) => [key, outcome] as [string, PhaseOutcome]))
      }
      if (finished) launches.persistOnceLaunched(finished, starting)
      if (inFlight.size === 0) break
      const [key, outcome] = await Promise.race(inFlight.values())
      inFlight.delete(key)
      finished = key
      if (outcome.status === 'done') {
        const handler = getPhaseHandler(setup.kit.phases.find((p) => p.key === key)!.outputKind) as PhaseHandler
        setup.outputs.set(key, handler.toPromptText(outcome.output as never))
        results[key] = { cached: outcome.cached, status: 'done' }
        persisted.push(outcome.persisted.then((error) => void (error === null ? undefined : (results[key] = { error, status: 'failed' }))))
        void markDependantsStale(run, key, outcome)
      } else {
        results[key] = { error: outcome.message, status: 'failed' }
      }
      ;({ blocked, schedule } = phaseFinished(schedule, key, outcome.status === 'done' ? { status: 'done' } : outcome))
      if (args.signal?.aborted) ({ blocked, schedule } = stopSchedule(schedule, 'The run was cancelled.'))
    }
  } finally {
    launches.allowAll()
  }
  await Promise.all(persisted)
  return { results, schedule }
}

/**
 * Run the phases of one article's kit as a DAG: each phase starts as soon as its dependencies are
 * done, at most `pipeline.concurrency` at a time (see scheduler.ts). A phase that fails takes only
 * its dependants down; the rest still run. Re-running the same `runId` resumes: phases whose
 * generation in this run succeeded are not called again, and answers that arrived before a crash
 * are used instead of asking again (see claims.ts).
 */
export const runPipeline = async (payload: Payload, args: RunPipelineArgs): Promise<PipelineResult> => {
  const options = getPromptKitOptions(payload)
  const base = { args, options, payload }
  const prepared = await prepareRun(payload, options, args)
  if ('kind' in prepared) {
    const failures = new Map(prepared.phases.map((key) => [key, prepared.error]))
    await markRunFinished(targetOf(base), { error: prepared.error, failures, kitOrder: prepared.phases, runId: args.runId, status: 'failed' })
    payload.logger.warn(`payload-prompt-kit: run ${args.runId} of article ${String(args.articleId)} could not start: ${prepared.error}`)
    const phases = Object.fromEntries(prepared.phases.map((key) => [key, { error: prepared.error, status: 'failed' as const }]))
    return { articleId: args.articleId, error: prepared.error, phases, retryable: false, runId: args.runId, status: 'failed' }
  }
  const run: Run = { ...base, setup: prepared }
  const kitOrder = prepared.kit.phases.map((p) => p.key)
  const requested = args.phases?.length ? args.phases : ((prepared.article.run as { phases?: null | string[] } | undefined)?.phases ?? null)
  // Not awaited before the first phases start: writes of one article land in the order they were
  // queued (see store/articleWrites), so every phase's state follows this one. Awaited below.
  const started = markRunStarted(targetOf(base), {
    jobId: args.jobId === undefined ? undefined : String(args.jobId),
    kitOrder,
    pending: prepared.runKeys.filter((key) => !prepared.outputs.has(key)),
    requested: requested?.length ? requested : null,
    runId: args.runId,
    userId: args.userId,
  })
  started.catch(() => undefined)
  const briefId = prepared.brief.id
  const context = { articleId: args.articleId, briefId, feedback: args.feedback, force: args.force ?? false, req: args.req, runId: args.runId, signal: args.signal, userId: args.userId }
  const { results, schedule } = await executePhases(run, context).catch(async (err: unknown) => {
    // Unexpected (a bug, or the database gone for longer than pipeline.dbOutageMaxWaitMs): no phase
    // of the run is left `queued` or `running` on the article if it can still be written.
    const error = `Unexpected error: ${err instanceof Error ? err.message : String(err)}`
    const unfinished = new Map(prepared.runKeys.filter((key) => !prepared.outputs.has(key)).map((key) => [key, error]))
    await markRunFinished(targetOf(base), { error, failures: unfinished, kitOrder, runId: args.runId, status: 'failed' }).catch(() => undefined)
    throw err
  })
  await started
  for (const key of prepared.runKeys) results[key] ??= { cached: false, status: 'done' }
  const outcome = runOutcome(schedule)
  const persistFailures = Object.entries(results).filter(([key, r]) => r.status === 'failed' && !(key in outcome.failed))
  const status = outcome.status === 'failed' || persistFailures.length ? 'failed' : 'succeeded'
  const error = outcome.error ?? (persistFailures.length ? persistFailures.map(([key, r]) => `${key} (${r.error})`).join('; ') : undefined)
  await markRunFinished(targetOf(base), { error, failures: new Map(), kitOrder, runId: args.runId, status })
  if (error) payload.logger.warn(`payload-prompt-kit: run ${args.runId} of article ${String(args.articleId)}: ${error}`)
  return { articleId: args.articleId, error, phases: results, retryable: status === 'failed' && outcome.retryable && persistFailures.length === 0, runId: args.runId, status }
}

