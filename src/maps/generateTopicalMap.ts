import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Doc, Id } from '../pipeline/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'
import type {
  ArticleForecast,
  BatchEntry,
  MapBatch,
  MapBudget,
  MapForecast,
  QueuedEntry,
  SkippedEntry,
} from './types.js'

import { generateArticle } from '../generateArticle.js'
import { PipelineSetupError } from '../pipeline/loadKit.js'
import { ownReq } from '../pipeline/ownReq.js'
import { getPromptKitOptions } from '../pluginOptions.js'
import { HttpError } from '../shared/httpError.js'
import { activeRunOfBrief } from './activeRunOfBrief.js'
import { forecastBrief, mapForecast } from './forecast.js'
import { budgetFor, overBudgetMessage, planWithinBudget, spentByMap } from './mapBudget.js'
import { briefsOfMap, chooseBriefs, isPillarOf } from './mapBriefs.js'
import { recordBatch } from './recordBatch.js'

export type GenerateTopicalMapArgs = {
  /** Only these briefs (each must belong to the map), still pillar first. @default every brief of the map */
  briefs?: Id[]
  /** Map-level budget for this batch. @default the map's `generationBudget`, else none */
  budget?: MapBudget
  /** Forecast and plan only: nothing is queued or recorded. @default false */
  dryRun?: boolean
  /** Ignore cached answers (see generateArticle). @default false */
  force?: boolean
  /** Phases to run in every article; dependencies without output are added. @default the whole kit */
  phases?: string[]
  /** The caller's request (user, locale); see generateArticle. */
  req?: PayloadRequest
  topicalMap: Id
  /** Who started the batch; recorded on the batch and each run. @default req.user */
  user?: { id: Id } | null
}

export type GenerateTopicalMapResult = {
  /** The recorded batch; null for a dry run. */
  batch: MapBatch | null
  /** Forecast of the articles queued (or, for a dry run, that would be). */
  forecast: MapForecast
  queued: QueuedEntry[]
  skipped: SkippedEntry[]
}

type Context = { options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest }

const skipped = (
  brief: Doc,
  article: Id | null,
  reason: SkippedEntry['reason'],
  message: string,
): SkippedEntry => ({
  article,
  brief: brief.id,
  message,
  reason,
  status: 'skipped',
  title: String(brief.title ?? ''),
})

const readMap = async ({ options, payload, req }: Context, id: Id): Promise<Doc> => {
  const map = (await payload.findByID({
    collection: options.slugs.topicalMaps as CollectionSlug,
    depth: 0,
    disableErrors: true,
    id,
    req: ownReq(req),
  })) as Doc | null
  if (!map) throw new HttpError(404, `No topical map with ID ${String(id)}.`, 'topicalMap')
  return map
}

/** Forecast each brief; briefs with an active run, or whose kit cannot run, are skipped with why. */
const forecastAll = async (context: Context, map: Doc, briefs: Doc[], phases?: string[]) => {
  const forecasts: ArticleForecast[] = []
  const skips: SkippedEntry[] = []
  const isPillar = isPillarOf(map)
  for (const brief of briefs) {
    const active = await activeRunOfBrief(context, brief.id)
    if (active) {
      skips.push(
        skipped(
          brief,
          active.article,
          'active',
          `A generation run is already active for this article (run ${active.runId}).`,
        ),
      )
      continue
    }
    try {
      forecasts.push(await forecastBrief(context, brief, isPillar(brief), phases))
    } catch (err) {
      if (!(err instanceof PipelineSetupError)) throw err
      skips.push(skipped(brief, null, 'error', err.message))
    }
  }
  return { forecasts, skips }
}

/** Queue one run per article, in order; a run that cannot be queued is skipped with the reason. */
const queueAll = async (
  context: Context,
  args: GenerateTopicalMapArgs,
  briefs: Doc[],
  forecasts: ArticleForecast[],
) => {
  const queued: QueuedEntry[] = []
  const skips: SkippedEntry[] = []
  for (const forecast of forecasts) {
    const brief = briefs.find((b) => b.id === forecast.brief)!
    try {
      const run = await generateArticle(context.payload, {
        brief: brief.id,
        force: args.force,
        phases: args.phases,
        req: args.req,
        user: args.user,
      })
      queued.push({
        article: run.articleId,
        brief: brief.id,
        job: run.jobId,
        phases: run.phases,
        run: run.runId,
        status: 'queued',
        title: forecast.title,
      })
    } catch (err) {
      if (!(err instanceof HttpError) || err.status >= 500) throw err
      skips.push(skipped(brief, forecast.article, err.status === 409 ? 'active' : 'error', err.message))
    }
  }
  return { queued, skips }
}

/** Entries in the briefs' generation order. */
const inOrder = (briefs: Doc[], entries: BatchEntry[]): BatchEntry[] =>
  briefs
    .map((brief) => entries.find((entry) => entry.brief === brief.id))
    .filter((entry): entry is BatchEntry => entry !== undefined)

/**
 * Queue a generation run for every brief of a topical map (or the named ones), the pillar first,
 * within a map-level budget, and record the batch. Briefs whose article has an active run are
 * skipped, as are (in order) those past the budget. Throws `HttpError`s meant for API answers:
 * 404 unknown map, 400 a named brief outside the map or an unknown phase, 503 generation off.
 */
export const generateTopicalMap = async (
  payload: Payload,
  args: GenerateTopicalMapArgs,
): Promise<GenerateTopicalMapResult> => {
  const options = getPromptKitOptions(payload)
  if (options.disabled)
    throw new HttpError(503, 'Generation is turned off: payload-prompt-kit runs with `disabled: true`.')
  const context: Context = { options, payload, req: args.req }
  const map = await readMap(context, args.topicalMap)
  const allBriefs = await briefsOfMap(context, map.id)
  const briefs = chooseBriefs(map, allBriefs, args.briefs)
  const { forecasts, skips } = await forecastAll(context, map, briefs, args.phases)
  const { budget, source } = budgetFor(args.budget, map)
  // What every article of the map spent counts, not only the chosen briefs'.
  const spent = await spentByMap(
    payload,
    options,
    allBriefs.map((brief) => brief.id),
    args.req,
  )
  const plan = planWithinBudget(forecasts, budget, spent)
  const overBudget = plan.overBudget.map((f) =>
    skipped(
      briefs.find((b) => b.id === f.brief)!,
      f.article,
      'budget',
      overBudgetMessage(f, budget, spent, plan.withinBudget),
    ),
  )
  const forecast = mapForecast(plan.withinBudget, options)
  if (args.dryRun)
    return {
      batch: null,
      forecast,
      queued: [],
      skipped: inOrder(briefs, [...skips, ...overBudget]) as SkippedEntry[],
    }

  const result = await queueAll(context, args, briefs, plan.withinBudget)
  const entries = inOrder(briefs, [...result.queued, ...skips, ...result.skips, ...overBudget])
  const userId = args.user?.id ?? (args.req?.user as { id?: Id } | null | undefined)?.id ?? null
  const batch = await recordBatch(context, {
    budget: source === 'none' ? null : { ...budget, source, spentBefore: spent },
    createdBy: userId,
    entries,
    forecast,
    topicalMap: map.id,
  })
  return {
    batch,
    forecast,
    queued: entries.filter((e): e is QueuedEntry => e.status === 'queued'),
    skipped: entries.filter((e): e is SkippedEntry => e.status === 'skipped'),
  }
}
