import type { Payload } from 'payload'

import type { BriefVariable } from '../kit/variables.js'
import type { LlmClient } from '../llm/index.js'
import type { PhaseHandler } from '../phases/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'
import type { RunPipelineArgs } from './runPipeline.js'
import type { RunState } from './store/articles.js'
import type { Doc, KitPhase, PhaseStateRow, RunKit } from './types.js'

import { extractVariables } from '../kit/variables.js'
import { createLlmClient, LlmConfigError } from '../llm/index.js'
import { getPhaseHandler } from '../phases/index.js'
import { readBriefValues, readRelatedArticles } from './briefContext.js'
import { withDependencies } from './dag.js'
import { loadRunKit, PipelineSetupError } from './loadKit.js'
import { fromStoredOutput } from './phaseOutput.js'
import { readBrief } from './readBrief.js'
import { phaseRows, readArticle } from './store/articles.js'
import { generationsOf, runGenerations, succeededStatuses } from './store/generations.js'
import { idOf, sameId } from './types.js'

/** Everything a run needs before its first phase starts. */
export type RunSetup = {
  article: Doc
  brief: Doc
  client: LlmClient
  context: Record<BriefVariable, string>
  kit: RunKit
  /** Prompt text of every phase that has an output: the inputs (outside the run) and, on a resume, those done already. */
  outputs: Map<string, string>
  /** Prompt text of the last output of each phase the run revises with feedback. */
  previous: Map<string, string>
  /** The article's pipeline rows as the run found them. */
  rows: Map<string, PhaseStateRow>
  /** Phases this run executes, in kit order. */
  runKeys: string[]
  /** Phases this run has claimed before (a resumed run): their claims look at the earlier attempts first. */
  triedBefore: Set<string>
}

/** The run cannot start: every requested phase fails with this reason. */
export type SetupFailure = { error: string; kind: 'failed'; phases: string[] }

const handlerOf = (phase: KitPhase) => getPhaseHandler(phase.outputKind) as PhaseHandler

/** An edited phase has output (the editor's, plus maybe a proposal): it is not re-run just because a dependant runs. */
const hasOutput = (row: PhaseStateRow | undefined) => (row?.status === 'done' || row?.status === 'edited') && idOf(row.generation) !== undefined

const clientFor = (options: ResolvedPromptKitOptions): LlmClient =>
  createLlmClient({
    apiKey: options.llm.apiKey,
    baseURL: options.llm.baseURL,
    maxRepairs: options.llm.maxRepairs,
    model: options.llm.model,
    outageMaxWaitMs: options.llm.outageMaxWaitMs,
    pricing: options.llm.pricing,
    timeoutMs: options.llm.timeoutMs,
  })

/**
 * The prompt text of phases that already have output: done before this run (inputs), or done by
 * this run before a resume (its generation is the one the article points at).
 */
const knownOutputs = async (payload: Payload, options: ResolvedPromptKitOptions, args: RunPipelineArgs, kit: RunKit, rows: Map<string, PhaseStateRow>, runKeys: string[]) => {
  const store = { options, payload, req: args.req }
  const thisRun = await runGenerations(store, args.runId)
  const triedBefore = new Set(thisRun.map((g) => String(g.phase)))
  const resumed = new Map(thisRun.filter((g) => succeededStatuses.includes(String(g.status))).map((g) => [String(g.phase), g]))
  const revised = Object.keys(args.feedback ?? {})
  // A revised phase's row is already queued when the run starts: its last output is the generation it points at.
  const inputIds = kit.phases
    .filter((p) => (!runKeys.includes(p.key) && hasOutput(rows.get(p.key))) || (revised.includes(p.key) && idOf(rows.get(p.key)?.generation) !== undefined))
    .map((p) => idOf(rows.get(p.key)!.generation)!)
  const inputs = new Map((await generationsOf(store, inputIds)).map((g) => [String(g.phase), g]))
  const promptText = (phase: KitPhase, generation: Doc | undefined) => {
    if (!generation || !sameId(rows.get(phase.key)?.generation, generation)) return undefined
    const output = fromStoredOutput(handlerOf(phase), generation)
    return output === undefined ? undefined : handlerOf(phase).toPromptText(output as never)
  }
  const outputs = new Map<string, string>()
  const previous = new Map<string, string>()
  for (const phase of kit.phases) {
    const text = promptText(phase, runKeys.includes(phase.key) ? resumed.get(phase.key) : inputs.get(phase.key))
    if (text !== undefined) outputs.set(phase.key, text)
    const before = revised.includes(phase.key) ? promptText(phase, inputs.get(phase.key)) : undefined
    if (before !== undefined) previous.set(phase.key, before)
  }
  return { outputs, previous, triedBefore }
}

/** Read the article, brief and kit, decide which phases run, and build the LLM client. */
export const prepareRun = async (payload: Payload, options: ResolvedPromptKitOptions, args: RunPipelineArgs): Promise<RunSetup | SetupFailure> => {
  const article = await readArticle({ articleId: args.articleId, options, payload, req: args.req })
  // A resumed run keeps the phases and the kit version it was started with.
  const storedRun = article.run as RunState | undefined
  const sameRun = storedRun?.runId === args.runId
  const named = args.phases?.length ? args.phases : sameRun && storedRun?.phases?.length ? storedRun.phases : undefined
  // Phases given feedback always run; with feedback alone, only they do.
  const revised = Object.keys(args.feedback ?? {})
  const requested = revised.length ? [...new Set([...(named ?? []), ...revised])] : named
  const fail = (error: string, phases = requested ?? []): SetupFailure => ({ error, kind: 'failed', phases })

  const briefId = idOf(article.brief)
  if (briefId === undefined) return fail('The article has no brief; link a brief to generate it.')
  const brief = await readBrief(payload, options, briefId, args.req)
  if (!brief) return fail(`The article's brief (${String(briefId)}) no longer exists.`)
  let kit: RunKit
  try {
    kit = await loadRunKit(payload, options, brief, args.req, args.kitVersion ?? (sameRun ? storedRun?.kitVersion : undefined))
  } catch (err) {
    if (err instanceof PipelineSetupError) return fail(err.message)
    throw err
  }
  const kitOrder = kit.phases.map((p) => p.key)
  const unknown = (requested ?? []).filter((key) => !kitOrder.includes(key))
  if (unknown.length) return fail(`Unknown phase(s) ${unknown.map((k) => `"${k}"`).join(', ')}; the kit has: ${kitOrder.join(', ')}`, [])

  const rows = new Map(phaseRows(article).map((row) => [row.phase, row]))
  const runKeys = withDependencies(kit.phases, requested ?? kitOrder, (key) => !hasOutput(rows.get(key)))
  let client: LlmClient
  try {
    client = clientFor(options)
  } catch (err) {
    // A settings problem, not a bug: its message names the option.
    if (err instanceof LlmConfigError) return fail(err.message, runKeys)
    throw err
  }
  // `relatedArticles` costs two queries over the topical map: read only when a template of the run uses it.
  const usesRelated = kit.phases.some((p) => runKeys.includes(p.key) && extractVariables(p.template).includes('relatedArticles'))
  const source = { article, brief, req: args.req }
  const [{ outputs, previous, triedBefore }, values, relatedArticles] = await Promise.all([
    knownOutputs(payload, options, args, kit, rows, runKeys),
    readBriefValues(payload, options, source),
    usesRelated ? readRelatedArticles(payload, options, source) : '',
  ])
  return { article, brief, client, context: { ...values, relatedArticles }, kit, outputs, previous, rows, runKeys, triedBefore }
}
