import type { Payload, PayloadRequest } from 'payload'

import type { BriefVariable } from '../kit/variables.js'
import type { PhaseHandler } from '../phases/types.js'
import type { RunState } from './articleState.js'
import type { PhaseOutcome } from './runPhase.js'
import type { Doc, Id, KitPhase, PhaseStateRow, RunContext, RunKit } from './types.js'

import { extractVariables } from '../kit/variables.js'
import { createLlmClient, LlmConfigError } from '../llm/index.js'
import { getPhaseHandler } from '../phases/index.js'
import { getPromptKitOptions } from '../pluginOptions.js'
import { settledLater } from '../shared/settledLater.js'
import { phaseRows, readLatestArticle, updateArticle, withPhaseChanges, withRunChange } from './articleState.js'
import { readBriefValues, readRelatedArticles } from './briefContext.js'
import { BudgetGuard } from './budget.js'
import { dependantsOf, readyPhases, type RunPhaseState, withDependencies } from './dag.js'
import { afterLaunches, phaseLaunching, phaseUnlocking } from './launchGate.js'
import { articleSpend, generationsOf, runGenerations, succeededStatuses } from './generationsStore.js'
import { loadRunKit, PipelineSetupError } from './loadKit.js'
import { fromStoredOutput } from './phaseOutput.js'
import { readBrief } from './readBrief.js'
import { runPhase } from './runPhase.js'
import { staleAfterMs } from './stale.js'
import { markStale, outputChanged } from './staleness.js'
import { idOf, sameId } from './types.js'

export type RunPipelineArgs = {
  articleId: Id
  /** Regenerate even when a cached answer for the same inputs exists. */
  force?: boolean
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
  /** True when every failure may pass on a later attempt (rate limits, 5xx, timeouts). */
  retryable: boolean
  runId: string
  status: 'failed' | 'succeeded'
}

const summary = (failed: [string, PhaseResult][]) =>
  `${failed.length} phase(s) failed: ${failed.map(([key, r]) => `${key} (${r.error ?? 'failed'})`).join('; ')}`

/**
 * Run the phases of one article's kit as a DAG: each phase starts as soon as its dependencies are
 * done, at most `pipeline.concurrency` at a time. A phase that fails takes only its dependants
 * down; the rest still run. Re-running the same `runId` resumes: phases whose generation in this
 * run succeeded are not called again.
 */
export const runPipeline = async (payload: Payload, args: RunPipelineArgs): Promise<PipelineResult> => {
  // Setting up counts as launching: the run's own first save (its `running` state) is queued
  // before its reads end and must not take the CPU from them and from the first phases' claims.
  // Released as soon as the first phases are launching (they hold saves themselves), and before
  // the run waits for a save of its own (see launchGate).
  const settingUp = phaseLaunching(payload, args.articleId)
  try {
    return await runPipelineSteps(payload, args, settingUp)
  } finally {
    settingUp()
  }
}

const runPipelineSteps = async (payload: Payload, args: RunPipelineArgs, settingUp: () => void): Promise<PipelineResult> => {
  const options = getPromptKitOptions(payload)
  const target = { articleId: args.articleId, options, payload, req: args.req }
  const store = { options, payload, req: args.req }
  const results: Record<string, PhaseResult> = {}
  const now = () => new Date().toISOString()

  const finishRun = async (change: RunState) =>
    updateArticle(target, (article) => ({ run: withRunChange(article, { ...change, finishedAt: now(), runId: args.runId }) }))

  /** The run cannot start: every requested phase fails with the same reason. */
  const failSetup = async (error: string, phaseKeys: string[], kitOrder: string[]): Promise<PipelineResult> => {
    settingUp()
    for (const key of phaseKeys) results[key] = { error, status: 'failed' }
    await updateArticle(target, (article) => ({
      pipeline: withPhaseChanges(
        article,
        Object.fromEntries(phaseKeys.map((key) => [key, { error, status: 'failed' }])),
        kitOrder,
      ),
      run: withRunChange(article, { error, finishedAt: now(), runId: args.runId, status: 'failed' }),
    }))
    payload.logger.error(`payload-prompt-kit: run ${args.runId} of article ${String(args.articleId)} failed: ${error}`)
    return { articleId: args.articleId, error, phases: results, retryable: false, runId: args.runId, status: 'failed' }
  }

  // Setup reads that need nothing but the run's id start at once, so they overlap the article's.
  const generationsRead = settledLater(runGenerations(store, args.runId))
  const article = await readLatestArticle(target)
  // A resumed run keeps the phases it was started with.
  const storedRun = article.run as RunState | undefined
  const storedPhases = storedRun?.runId === args.runId && storedRun.phases?.length ? storedRun.phases : undefined
  const requested = args.phases?.length ? args.phases : storedPhases
  const briefId = idOf(article.brief)
  if (briefId === undefined) return failSetup('The article has no brief; link a brief to generate it.', requested ?? [], [])
  const brief = await readBrief(payload, options, briefId, args.req)
  if (!brief) return failSetup(`The article's brief (${String(briefId)}) no longer exists.`, requested ?? [], [])

  // The prompt context needs only the article and brief: read alongside the kit.
  const contextRead = settledLater(readBriefValues(payload, options, { article, brief, req: args.req }))
  let kit: RunKit
  try {
    // A resumed run keeps the version it was pinned to.
    const kitVersion = args.kitVersion ?? (storedRun?.runId === args.runId ? storedRun.kitVersion : undefined)
    kit = await loadRunKit(payload, options, brief, args.req, kitVersion)
  } catch (err) {
    if (err instanceof PipelineSetupError) return failSetup(err.message, requested ?? [], [])
    throw err
  }
  const kitOrder = kit.phases.map((p) => p.key)
  const byKey = new Map(kit.phases.map((p) => [p.key, p]))
  const unknown = (requested ?? []).filter((key) => !byKey.has(key))
  if (unknown.length) {
    return failSetup(`Unknown phase(s) ${unknown.map((k) => `"${k}"`).join(', ')}; the kit has: ${kitOrder.join(', ')}`, [], kitOrder)
  }

  // Phases done in an earlier run are inputs, not work; those done in this run are skipped (resume).
  const rows = new Map(phaseRows(article).map((row) => [row.phase, row]))
  // An edited phase has output (the editor's, plus maybe a proposal): not re-run just because a dependant runs.
  const hasOutput = (status: string | undefined) => status === 'done' || status === 'edited'
  const isDone = (key: string) => hasOutput(rows.get(key)?.status) && idOf(rows.get(key)?.generation) !== undefined
  const phaseKeys = withDependencies(kit.phases, requested ?? kitOrder, (key) => !isDone(key))

  let client
  try {
    client = createLlmClient({
      apiKey: options.llm.apiKey,
      baseURL: options.llm.baseURL,
      model: options.llm.model,
      pricing: options.llm.pricing,
      timeoutMs: options.llm.timeoutMs,
    })
  } catch (err) {
    // A settings problem, not a bug: its message names the option; no stack trace.
    if (err instanceof LlmConfigError) return failSetup(err.message, phaseKeys, kitOrder)
    throw err
  }

  const generationsThisRun = await generationsRead
  const doneThisRun = new Map(
    generationsThisRun.filter((g) => succeededStatuses.includes(String(g.status))).map((g) => [String(g.phase), g]),
  )
  /** Phases this run has never claimed: their first claim can insert attempt 1 without looking. */
  const triedThisRun = new Set(generationsThisRun.map((g) => String(g.phase)))
  const runPhaseKeys = new Set(phaseKeys)
  // Not awaited before the phases start: the article's writes are queued in order, so this one
  // lands before any phase's (see articleWrites); it is awaited before the run finishes.
  const marked = updateArticle(target, (current) => ({
    pipeline: withPhaseChanges(
      current,
      Object.fromEntries(phaseKeys.filter((key) => !doneThisRun.has(key)).map((key) => [key, { error: null, status: 'queued' }])),
      kitOrder,
    ),
    run: withRunChange(current, {
      error: null,
      finishedAt: null,
      ...(args.jobId === undefined ? {} : { job: String(args.jobId) }),
      runId: args.runId,
      phases: requested ?? null,
      // A resumed run keeps its start; a queued one (startedAt still null) starts now.
      startedAt: ((current.run as RunState | undefined)?.runId === args.runId ? (current.run as RunState).startedAt : null) ?? now(),
      status: 'running',
      triggeredBy: args.userId ?? (current.run as RunState | undefined)?.triggeredBy ?? null,
    }),
  }))
  /** The run then fails without being marked finished (below), as when `marked` is awaited. */
  let markFailed = false
  marked.catch(() => (markFailed = true))

  // Outputs of the phases outside this run come from their recorded generations.
  const outputs = new Map<string, string>()
  const handlerOf = (phase: KitPhase) => getPhaseHandler(phase.outputKind) as PhaseHandler
  const states = new Map<string, RunPhaseState>()
  const reasons = new Map<string, string>()
  const outside = kit.phases.filter((p) => !runPhaseKeys.has(p.key))
  const [outsideDocs, context] = await Promise.all([
    generationsOf(store, outside.map((p) => idOf(rows.get(p.key)?.generation)).filter((id): id is Id => id !== undefined)),
    contextRead,
  ])
  const outsideGenerations = new Map(outsideDocs.map((g) => [String(g.phase), g]))
  for (const phase of outside) {
    const output = isDone(phase.key) ? fromStoredOutput(handlerOf(phase), outsideGenerations.get(phase.key)) : undefined
    if (output !== undefined) {
      outputs.set(phase.key, handlerOf(phase).toPromptText(output as never))
      states.set(phase.key, 'done')
    } else {
      states.set(phase.key, 'failed')
      reasons.set(phase.key, `dependency ${phase.key} has no output yet; run it first`)
    }
  }
  for (const key of phaseKeys) {
    // Resumed run: a phase whose generation of this run is already in the article needs nothing more.
    const generation = doneThisRun.get(key)
    const output = generation && sameId(rows.get(key)?.generation, generation) ? fromStoredOutput(handlerOf(byKey.get(key)!), generation) : undefined
    if (output !== undefined) {
      states.set(key, 'done')
      outputs.set(key, handlerOf(byKey.get(key)!).toPromptText(output as never))
    } else {
      states.set(key, 'pending')
    }
  }

  const staleAfter = staleAfterMs(client.settings.maxTotalMs)
  const budget = new BudgetGuard(options.pipeline.budget, () => articleSpend(store, args.articleId))
  const runContext: RunContext = {
    articleId: args.articleId,
    briefId,
    force: args.force ?? false,
    kit,
    req: args.req,
    runId: args.runId,
    signal: args.signal,
    userId: args.userId,
  }

  // `relatedArticles` costs two queries and only some templates use it (the default kit's internal
  // links, seconds into the run): read once the first phases have sent their requests, not before.
  const usesRelated = (phase: KitPhase) => extractVariables(phase.template).includes('relatedArticles')
  const relatedRead = kit.phases.some((p) => runPhaseKeys.has(p.key) && usesRelated(p))
    ? settledLater(afterLaunches(payload, args.articleId).then(() => readRelatedArticles(payload, options, { article, brief, req: args.req })))
    : undefined
  /** The phase's variables; a phase that does not use `relatedArticles` starts without waiting for it. */
  const contextFor = (phase: KitPhase): Promise<Record<BriefVariable, string>> | Record<BriefVariable, string> =>
    usesRelated(phase) && relatedRead
      ? relatedRead.then((relatedArticles) => ({ ...context, relatedArticles }))
      : { ...context, relatedArticles: '' }

  let stopReason: string | undefined
  const running = new Map<string, Promise<void>>()
  /** Outputs on their way into the article; the run finishes after them. */
  const writes = new Set<Promise<void>>()
  /** Their generation records: once these settle, every article write of the run is queued. */
  const recordings = new Set<Promise<unknown>>()
  /** Failures a later attempt cannot fix (invalid output, budget, cancellation): no job retry for them. */
  const nonRetryable = new Set<string>()

  /** Mark phases failed in memory and on the article, in one write. */
  const failPhases = async (failures: Map<string, string>) => {
    if (failures.size === 0) return
    for (const [key, error] of failures) {
      states.set(key, 'failed')
      results[key] = { error, status: 'failed' }
    }
    await updateArticle(target, (current) => ({
      pipeline: withPhaseChanges(
        current,
        Object.fromEntries([...failures].map(([key, error]) => [key, { error, status: 'failed' } satisfies Partial<PhaseStateRow>])),
        kitOrder,
      ),
    }))
  }

  /** Pending phases that can never run: a dependency failed (directly or further up), or the run was stopped. */
  const blockedPhases = () => {
    const blocked = new Map<string, string>()
    const failedOrBlocked = (key: string) => states.get(key) === 'failed' || blocked.has(key)
    for (let changed = true; changed; ) {
      changed = false
      for (const key of phaseKeys) {
        if (states.get(key) !== 'pending' || blocked.has(key)) continue
        if (stopReason) {
          blocked.set(key, stopReason)
          changed = true
          continue
        }
        const failedDep = (byKey.get(key)!.dependsOn ?? []).find(failedOrBlocked)
        if (!failedDep) continue
        // A dependency outside the run has no output at all; say so rather than "failed".
        blocked.set(key, runPhaseKeys.has(failedDep) ? `dependency ${failedDep} failed` : reasons.get(failedDep)!)
        changed = true
      }
    }
    return blocked
  }

  /** A new output outdates the dependants this run will not redo. */
  const markDependantsStale = async (key: string, generation: Doc) => {
    try {
      const outsideRun = [...dependantsOf(kit.phases, key)].filter((k) => !runPhaseKeys.has(k))
      if (outsideRun.length && (await outputChanged(store, rows.get(key), generation))) await markStale(target, outsideRun, kitOrder)
    } catch (err) {
      payload.logger.error({ err, msg: `payload-prompt-kit: could not mark the dependants of ${key} stale (article ${String(args.articleId)})` })
    }
  }

  const start = (key: string) => {
    states.set(key, 'running')
    const phase = byKey.get(key)!
    // Its answer will start phases waiting for it: article saves hold off a while (see launchGate).
    const unlocks = [...dependantsOf(kit.phases, key)].some((k) => runPhaseKeys.has(k) && states.get(k) === 'pending')
    const unlocked = unlocks ? phaseUnlocking(payload, args.articleId) : undefined
    const phaseOutputs = Object.fromEntries((phase.dependsOn ?? []).map((dep) => [dep, outputs.get(dep) ?? '']))
    const launch = (phaseContext: Record<BriefVariable, string>) =>
      runPhase({
        brief,
        budget,
        client,
        context: phaseContext,
        firstAttempt: !triedThisRun.has(key),
        kitOrder,
        options,
        outputs: phaseOutputs,
        payload,
        phase,
        run: runContext,
        staleAfterMs: staleAfter,
        unblocksNothing: unlocked,
      })
    const phaseContext = contextFor(phase)
    // Started in this turn when nothing is awaited, so the phase counts as launching (see
    // launchGate) before the loop below releases `settingUp`.
    const task = (phaseContext instanceof Promise ? phaseContext.then(launch) : launch(phaseContext))
      .catch(async (err: unknown): Promise<PhaseOutcome> => {
        unlocked?.()
        const error = `Unexpected error: ${err instanceof Error ? err.message : String(err)}`
        payload.logger.error({ err, msg: `payload-prompt-kit: phase ${key} of article ${String(args.articleId)} failed` })
        await updateArticle(target, (current) => ({
          pipeline: withPhaseChanges(current, { [key]: { error, status: 'failed' } }, kitOrder),
        })).catch(() => undefined)
        return { error, retryable: true, status: 'failed' }
      })
      .then(async (outcome) => {
        if (outcome.status === 'done') {
          // Dependants may start: they need the output, which is recorded, not the article's copy.
          states.set(key, 'done')
          outputs.set(key, handlerOf(phase).toPromptText(outcome.output as never))
          results[key] = { cached: outcome.cached, status: 'done' }
          const written = outcome.written.then((error) => {
            if (error === null) return
            results[key] = { error, status: 'failed' }
            nonRetryable.add(key)
          })
          writes.add(written)
          recordings.add(outcome.recorded)
          await markDependantsStale(key, outcome.generation)
        } else {
          states.set(key, 'failed')
          reasons.set(key, outcome.error)
          results[key] = { error: outcome.error, status: 'failed' }
          if (!outcome.retryable) nonRetryable.add(key)
          if (outcome.stopRun) stopReason = outcome.error
        }
      })
      .finally(() => {
        running.delete(key)
        // One turn later: the loop below has started the phases this one unblocked by then.
        if (unlocked) setImmediate(unlocked)
      })
    running.set(key, task)
  }

  for (;;) {
    if (args.signal?.aborted) stopReason ??= 'The run was cancelled.'
    const blocked = blockedPhases()
    for (const key of blocked.keys()) if (stopReason) nonRetryable.add(key)
    if (blocked.size) settingUp()
    await failPhases(blocked)
    if (!stopReason) {
      for (const key of readyPhases(kit.phases, states)) {
        if (running.size >= options.pipeline.concurrency) break
        if (runPhaseKeys.has(key)) start(key)
      }
    }
    settingUp()
    if (running.size === 0) break
    await Promise.race(running.values())
  }
  // Phases done in this run before a resume are part of its result too.
  for (const key of phaseKeys) {
    if (!results[key] && doneThisRun.has(key)) results[key] = { cached: doneThisRun.get(key)!.status === 'cached', status: 'done' }
  }
  const outcome = () => {
    const failed = Object.entries(results).filter(([, r]) => r.status === 'failed')
    const ownFailures = failed.filter(([key]) => !blockedByDependency(results[key]!))
    const error = failed.length ? (stopReason ?? summary(ownFailures.length ? ownFailures : failed)) : undefined
    return { error, failed, ownFailures, state: { error: error ?? null, status: failed.length ? 'failed' : 'succeeded' } satisfies RunState }
  }

  // The run's end is queued as soon as every phase's article write is (after its record), behind
  // them, so it usually shares the last phase's save instead of costing one more draft version
  // after it (see articleWrites). Its outcome is checked again once every write has landed: a
  // write that failed meanwhile corrects it.
  await Promise.all(recordings)
  let early: RunState | undefined
  const finishedEarly = updateArticle(target, (article) => {
    if (markFailed) return null
    early = outcome().state
    return { run: withRunChange(article, { ...early, finishedAt: now(), runId: args.runId }) }
  }).then(
    () => true,
    () => false,
  )
  await Promise.all(writes)
  await marked
  const { error, failed, ownFailures, state } = outcome()
  if (!(await finishedEarly) || early?.status !== state.status || early?.error !== state.error) await finishRun(state)
  if (error) payload.logger.warn(`payload-prompt-kit: run ${args.runId} of article ${String(args.articleId)}: ${error}`)
  return {
    articleId: args.articleId,
    error,
    phases: results,
    retryable: failed.length > 0 && !stopReason && ownFailures.every(([key]) => !nonRetryable.has(key)),
    runId: args.runId,
    status: failed.length ? 'failed' : 'succeeded',
  }
}

const blockedByDependency = (result: PhaseResult) => Boolean(result.error?.startsWith('dependency '))
