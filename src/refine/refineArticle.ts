import type { Payload, PayloadRequest } from 'payload'

import type { PublishCheckReport } from '../gate/types.js'
import type { RunPipelineArgs } from '../pipeline/runPipeline.js'
import type { Doc, RunKit } from '../pipeline/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'
import type { RefinementState } from './state.js'

import { dependantsOf } from '../pipeline/dag.js'
import { runPipeline } from '../pipeline/runPipeline.js'
import { phaseRows, readArticle } from '../pipeline/store/articles.js'
import { articleSpend } from '../pipeline/store/generations.js'
import { articleChecks } from './articleChecks.js'
import { feedbackLine, ownerPhaseOf, refinementPlan } from './owners.js'
import { roundRunId } from './state.js'
import { writeRefinement } from './writeRefinement.js'

export type RefineArgs = {
  /** The run's own arguments (article, job, kit version, user, signal); rounds run with these. */
  base: RunPipelineArgs & { req: PayloadRequest }
  kit: RunKit
  options: ResolvedPromptKitOptions
  payload: Payload
}

const targetOf = ({ base, options, payload }: RefineArgs) => ({ articleId: base.articleId, options, payload, req: base.req })

/** Why no further round may spend: the article's budget is used up. */
const budgetSpent = async (args: RefineArgs): Promise<null | string> => {
  const { maxCostUsd, maxTokens } = args.options.pipeline.budget
  if (maxCostUsd === undefined && maxTokens === undefined) return null
  const spent = await articleSpend({ options: args.options, payload: args.payload, req: args.base.req }, args.base.articleId)
  if (maxCostUsd !== undefined && spent.cost >= maxCostUsd) return `the article's budget of $${maxCostUsd} is spent`
  if (maxTokens !== undefined && spent.tokens >= maxTokens) return `the article's budget of ${maxTokens} tokens is spent`
  return null
}

/** Every failed check, errors first, with the phase that would own it. */
const remainingOf = (report: PublishCheckReport, kit: RunKit): RefinementState['remaining'] =>
  [...report.errors, ...report.warnings].map(({ id, label, message, path, severity }) => {
    const owner = ownerPhaseOf({ id, path }, kit.phases)
    return { id, label, message, severity, ...(owner ? { owner } : {}) }
  })

/**
 * Run the round `state` describes: the phases with feedback, and those of the run built on them
 * (the SEO review of a revised body), so the round leaves nothing stale. Returns why it failed, or null.
 */
const runRound = async (args: RefineArgs, state: RefinementState): Promise<null | string> => {
  const revised = Object.keys(state.feedback)
  const dependants = revised.flatMap((key) => [...dependantsOf(args.kit.phases, key)]).filter((key) => state.scope.includes(key))
  const phases = [...new Set([...revised, ...dependants])]
  const result = await runPipeline(args.payload, { ...args.base, feedback: state.feedback, force: true, phases, runId: roundRunId(state.baseRunId, state.round) })
  return result.status === 'failed' ? (result.error ?? 'a phase failed') : null
}

/** The round's phases an editor had changed: their output came back as proposals, not refined again. */
const withProposed = (state: RefinementState, article: Doc): RefinementState => {
  const rows = phaseRows(article)
  const proposed = Object.keys(state.feedback).filter((key) => rows.find((row) => row.phase === key)?.status === 'edited')
  return { ...state, proposed: [...new Set([...state.proposed, ...proposed])] }
}

/**
 * Refinement rounds (issue: "publishable on the first run"). After a run, the pre-publish checks run
 * on the article; each failed check a phase can fix goes back to that phase as feedback (what
 * failed, the value, the target) and the phase re-runs, up to `refine.maxRounds` rounds, within
 * the article's budget. Every round is a run of its own (`<run>~r<N>`), so its calls are recorded as
 * generations and a crash resumes the round in progress. Returns the final state.
 */
export const refineArticle = async (args: RefineArgs, start: RefinementState): Promise<RefinementState> => {
  const target = targetOf(args)
  let state = start
  const finish = async (status: RefinementState['status'], report: PublishCheckReport, stoppedBecause: null | string = null) => {
    state = { ...state, remaining: remainingOf(report, args.kit), status, stoppedBecause }
    await writeRefinement(target, state)
    return state
  }
  for (;;) {
    const failed = state.status === 'refining' ? await runRound(args, state) : null
    const stopped = failed === null ? null : `round ${state.round} failed: ${failed}`
    // One read serves both: which fields came back as proposals, and the checks.
    const article = await readArticle(target)
    if (state.status === 'refining' && !stopped) state = withProposed(state, article)
    const report = await articleChecks(args.base.req, args.options, article)
    if (stopped) return finish('stopped', report, stopped)
    const plan = refinementPlan([...report.errors, ...report.warnings], { exclude: new Set(state.proposed), phases: args.kit.phases, scope: new Set(state.scope) })
    if (!plan.length) return finish(report.ok ? 'passed' : 'needsEditor', report)
    // Rounds and budget bound the work; warnings alone (e.g. a meta title just off its ideal length) do not block.
    if (state.round >= state.maxRounds) return finish(report.ok ? 'passed' : 'exhausted', report)
    const spent = await budgetSpent(args)
    if (spent) return report.ok ? finish('passed', report) : finish('stopped', report, spent)
    const feedback = Object.fromEntries(plan.map((task) => [task.phase, task.checks.map(feedbackLine)]))
    state = { ...state, feedback, remaining: [], round: state.round + 1, status: 'refining', stoppedBecause: null, tasks: plan }
    await writeRefinement(target, state)
  }
}
