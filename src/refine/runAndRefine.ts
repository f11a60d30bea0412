import type { Payload, PayloadRequest } from 'payload'

import type { PipelineResult, RunPipelineArgs } from '../pipeline/runPipeline.js'
import type { RunState } from '../pipeline/store/articles.js'
import type { RefinementState } from './state.js'

import { loadRunKit } from '../pipeline/loadKit.js'
import { readBrief } from '../pipeline/readBrief.js'
import { runPipeline } from '../pipeline/runPipeline.js'
import { readArticle } from '../pipeline/store/articles.js'
import { idOf } from '../pipeline/types.js'
import { getPromptKitOptions } from '../pluginOptions.js'
import { refineArticle } from './refineArticle.js'
import { roundOf } from './state.js'

export type RunAndRefineResult = PipelineResult & { refinement?: RefinementState }

/** The refinement a crashed job left under way for this run, if any. */
const refinementUnderWay = (run: RunState | undefined, baseRunId: string): RefinementState | undefined => {
  const round = roundOf(run?.runId, baseRunId)
  const state = run?.refinement
  return round && state?.baseRunId === baseRunId && state.round === round ? state : undefined
}

/**
 * A run, then its refinement rounds (see refineArticle), as the job executes them. A job taken over
 * after a crash during the rounds resumes the round in progress instead of the run.
 */
export const runAndRefine = async (payload: Payload, args: RunPipelineArgs & { req: PayloadRequest }): Promise<RunAndRefineResult> => {
  const options = getPromptKitOptions(payload)
  const target = { articleId: args.articleId, options, payload, req: args.req }
  if (options.refine.maxRounds === 0) return runPipeline(payload, args)
  const resumed = refinementUnderWay((await readArticle(target)).run as RunState | undefined, args.runId)
  const result: PipelineResult = resumed
    ? { articleId: args.articleId, phases: {}, retryable: false, runId: args.runId, status: 'succeeded' }
    : await runPipeline(payload, args)
  if (result.status === 'failed' || args.signal?.aborted) return result
  const article = await readArticle(target)
  const brief = await readBrief(payload, options, idOf(article.brief)!, args.req)
  if (!brief) return result
  const kit = await loadRunKit(payload, options, brief, args.req, args.kitVersion)
  const start: RefinementState = resumed ?? {
    baseRunId: args.runId,
    feedback: {},
    maxRounds: options.refine.maxRounds,
    proposed: [],
    remaining: [],
    round: 0,
    scope: Object.keys(result.phases),
    status: 'passed',
    tasks: [],
  }
  const refinement = await refineArticle({ base: args, kit, options, payload }, start)
  return { ...result, refinement }
}
