import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { RefinementState } from '../refine/state.js'
import type { ResolvedPromptKitOptions } from '../types.js'
import type { RunState } from './store/articles.js'
import type { Doc, Id, KitPhase } from './types.js'

import { getPromptKitOptions } from '../pluginOptions.js'
import { activeRunOf } from './activeRun.js'
import { phaseRows, readArticle } from './store/articles.js'
import { articleSpend, generationsOf } from './store/generations.js'
import { loadRunKit } from './loadKit.js'
import { ownReq } from './ownReq.js'
import { readBrief } from './readBrief.js'
import { idOf } from './types.js'

export type PhaseStatusEntry = {
  cost: number
  dependsOn: string[]
  error: null | string
  /** ID of the generation whose output the article holds (or that failed last). */
  generation: Id | null
  group: null | string
  key: string
  latencyMs: null | number
  /** pending | queued | running | done | failed | stale | edited */
  status: string
  title: string
  tokens: number
  updatedAt: null | string
}

/** The run is waiting for the LLM endpoint (unreachable, 5xx or rate-limited) and will try again. */
export type LlmWait = {
  /** When the next request goes out; null when not known yet. */
  nextTryAt: null | string
  /** The endpoint's latest failure, e.g. "429 Too Many Requests". */
  reason: null | string
  since: string
}

export type PipelineStatus = {
  article: Id
  phases: PhaseStatusEntry[]
  run: {
    /** True while the run is queued or running (its job still pending). */
    active: boolean
    error: null | string
    finishedAt: null | string
    id: string
    job: null | string
    phases: string[]
    startedAt: null | string
    status: null | string
    triggeredBy: Id | null
    /** Refinement rounds after the run: the round under way, or what still failed when they ended. */
    refinement: null | RefinementState
    /** Set while an active run waits for the LLM endpoint to answer again; null otherwise. */
    waitingForLlm: LlmWait | null
  } | null
  /** What every generation of the article has used so far, over all runs. */
  totals: { cost: number; tokens: number }
}

/**
 * Phases of the article's current run whose LLM call is under way: the pipeline marks a phase
 * running by claiming it (a `running` generation), not by writing the article.
 */
const runningPhases = async (payload: Payload, generations: string, run: RunState | undefined, req?: PayloadRequest) => {
  if (!run?.runId || run.status !== 'running') return new Set<string>()
  const found = await payload.find({
    collection: generations as CollectionSlug,
    depth: 0,
    limit: 0,
    pagination: false,
    req: ownReq(req),
    select: { phase: true },
    where: { and: [{ run: { equals: run.runId } }, { status: { equals: 'running' } }] },
  })
  return new Set((found.docs as Doc[]).map((g) => String(g.phase)))
}

/**
 * The run's wait for the LLM, as the pipeline recorded it. Only an active run waits: a worker
 * that died mid-wait leaves the fields behind, and they say nothing once its run has ended.
 */
export const llmWaitOf = (run: RunState, active: boolean): LlmWait | null =>
  active && run.llmWaitSince ? { nextTryAt: run.llmNextTryAt ?? null, reason: run.llmWaitReason ?? null, since: run.llmWaitSince } : null

type StatusContext = { options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest }
type KitPhaseSummary = Pick<KitPhase, 'dependsOn' | 'group' | 'key' | 'title'>

/** The brief's kit gives order, titles and dependencies; without it, the recorded rows stand alone. */
const kitPhasesOf = async ({ options, payload, req }: StatusContext, article: Doc, recorded: string[]): Promise<KitPhaseSummary[]> => {
  const briefId = idOf(article.brief)
  const brief = briefId === undefined ? null : await readBrief(payload, options, briefId, req)
  if (brief) {
    try {
      return (await loadRunKit(payload, options, brief, req)).phases
    } catch {
      // A missing or invalid kit still leaves the recorded states worth showing.
    }
  }
  return recorded.map((key) => ({ key, title: key }))
}

/** What every generation of the article has used so far, over all runs. */
const spendOf = ({ options, payload, req }: StatusContext, articleId: Id): Promise<PipelineStatus['totals']> =>
  articleSpend({ options, payload, req }, articleId)

const runSummary = async ({ payload, req }: StatusContext, article: Doc): Promise<PipelineStatus['run']> => {
  const run = article.run as RunState | undefined
  if (!run?.runId) return null
  const active = (await activeRunOf(payload, article, req)) !== null
  return {
    active,
    error: run.error ?? null,
    finishedAt: run.finishedAt ?? null,
    id: run.runId,
    job: run.job ?? null,
    phases: run.phases ?? [],
    refinement: run.refinement ?? null,
    startedAt: run.startedAt ?? null,
    status: run.status ?? null,
    triggeredBy: idOf(run.triggeredBy) ?? null,
    waitingForLlm: llmWaitOf(run, active),
  }
}

/** Where generation of one article stands: the latest run, each phase in kit order, and the spend. */
export const getPipelineStatus = async (
  payload: Payload,
  articleId: Id,
  { req }: { req?: PayloadRequest } = {},
): Promise<PipelineStatus> => {
  const context: StatusContext = { options: getPromptKitOptions(payload), payload, req }
  const { options } = context
  const article = await readArticle({ articleId, options, payload, req })
  const rows = new Map(phaseRows(article).map((row) => [row.phase, row]))
  const kitPhases = await kitPhasesOf(context, article, [...rows.keys()])
  const generationIds = [...rows.values()].map((row) => idOf(row.generation)).filter((id): id is Id => id !== undefined)
  const generations = new Map((await generationsOf({ options, payload, req }, generationIds)).map((g) => [String(g.id), g]))
  const running = await runningPhases(payload, options.slugs.generations, article.run as RunState | undefined, req)

  const phases = kitPhases.map((phase): PhaseStatusEntry => {
    const row = rows.get(phase.key)
    const generationId = idOf(row?.generation) ?? null
    const generation = generationId === null ? undefined : generations.get(String(generationId))
    return {
      cost: Number(generation?.cost) || 0,
      dependsOn: [...(phase.dependsOn ?? [])],
      error: row?.error ?? null,
      generation: generationId,
      group: phase.group ?? null,
      key: phase.key,
      latencyMs: typeof generation?.latencyMs === 'number' ? generation.latencyMs : null,
      status: row?.status === 'queued' && running.has(phase.key) ? 'running' : (row?.status ?? 'pending'),
      title: phase.title,
      tokens: Number(generation?.totalTokens) || 0,
      updatedAt: row?.updatedAt ?? null,
    }
  })

  return { article: article.id, phases, run: await runSummary(context, article), totals: await spendOf(context, articleId) }
}
