import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { RunState } from './store/articles.js'
import type { Doc, Id, KitPhase } from './types.js'

import { getPromptKitOptions } from '../pluginOptions.js'
import { activeRunOf } from './activeRun.js'
import { phaseRows, readArticle } from './store/articles.js'
import { generationsOf } from './store/generations.js'
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

/** Where generation of one article stands: the latest run, each phase in kit order, and the spend. */
export const getPipelineStatus = async (
  payload: Payload,
  articleId: Id,
  { req }: { req?: PayloadRequest } = {},
): Promise<PipelineStatus> => {
  const options = getPromptKitOptions(payload)
  const article = await readArticle({ articleId, options, payload, req })
  const rows = new Map(phaseRows(article).map((row) => [row.phase, row]))

  // The brief's kit gives order, titles and dependencies; without it, the rows stand alone.
  let kitPhases: Pick<KitPhase, 'dependsOn' | 'group' | 'key' | 'title'>[] = [...rows.keys()].map((key) => ({ key, title: key }))
  const briefId = idOf(article.brief)
  const brief =
    briefId === undefined
      ? null
      : await readBrief(payload, options, briefId, req)
  if (brief) {
    try {
      kitPhases = (await loadRunKit(payload, options, brief, req)).phases
    } catch {
      // A missing or invalid kit still leaves the recorded states worth showing.
    }
  }

  const all = await payload.find({
    collection: options.slugs.generations as CollectionSlug,
    depth: 0,
    limit: 0,
    pagination: false,
    req: ownReq(req),
    select: { cost: true, totalTokens: true },
    where: { article: { equals: articleId } },
  })
  const totals = (all.docs as Doc[]).reduce(
    (sum, g) => ({ cost: sum.cost + (Number(g.cost) || 0), tokens: sum.tokens + (Number(g.totalTokens) || 0) }),
    { cost: 0, tokens: 0 },
  )
  const generationIds = [...rows.values()].map((row) => idOf(row.generation)).filter((id): id is Id => id !== undefined)
  const generations = new Map((await generationsOf({ options, payload, req }, generationIds)).map((g) => [String(g.id), g]))

  const run = article.run as RunState | undefined
  const running = await runningPhases(payload, options.slugs.generations, run, req)

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

  return {
    article: article.id,
    phases,
    run: run?.runId
      ? {
          active: (await activeRunOf(payload, article, req)) !== null,
          error: run.error ?? null,
          finishedAt: run.finishedAt ?? null,
          id: run.runId,
          job: run.job ?? null,
          phases: run.phases ?? [],
          startedAt: run.startedAt ?? null,
          status: run.status ?? null,
          triggeredBy: idOf(run.triggeredBy) ?? null,
        }
      : null,
    totals,
  }
}
