import type { Payload, PayloadRequest } from 'payload'

import type { GenerationPreview } from '../pipeline/preview.js'
import type { Doc } from '../pipeline/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'
import type { ArticleForecast, MapForecast } from './types.js'

import { withDependencies } from '../pipeline/dag.js'
import { previewGeneration } from '../pipeline/preview.js'
import { phaseRows, readArticle } from '../pipeline/store/articles.js'
import { HttpError } from '../shared/httpError.js'
import { forecastTime } from './forecastTime.js'

type Context = { options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest }

/** The phases a run would execute, as generateArticle chooses them: named ones plus dependencies without output. */
const runPhasesOf = async (
  context: Context,
  preview: GenerationPreview,
  phases?: string[],
): Promise<string[]> => {
  const all = preview.phases.map((phase) => phase.key)
  if (!phases?.length) return all
  const unknown = phases.filter((key) => !all.includes(key))
  if (unknown.length)
    throw new HttpError(
      400,
      `phases: unknown phase(s) ${unknown.join(', ')}; the kit has: ${all.join(', ')}`,
      'phases',
    )
  const article =
    preview.article === null ? null : await readArticle({ ...context, articleId: preview.article })
  const rows = new Map((article ? phaseRows(article) : []).map((row) => [row.phase, row.status]))
  const hasOutput = (key: string) => rows.get(key) === 'done' || rows.get(key) === 'edited'
  return withDependencies(preview.phases, phases, (key) => !hasOutput(key))
}

/** Sum of the preview's per-phase estimates over the phases the run executes. */
export const articleForecast = (
  brief: Doc,
  isPillar: boolean,
  preview: GenerationPreview,
  runPhases: string[],
): ArticleForecast => {
  const phases = preview.phases.filter((phase) => runPhases.includes(phase.key))
  const models: ArticleForecast['models'] = {}
  for (const phase of phases) {
    const use = models[phase.model] ?? { calls: 0, tokens: 0 }
    models[phase.model] = {
      calls: use.calls + 1,
      tokens: use.tokens + phase.promptTokens + phase.maxCompletionTokens,
    }
  }
  const countings = new Set(phases.map((phase) => phase.tokenCounting))
  const promptTokens = phases.reduce((sum, phase) => sum + phase.promptTokens, 0)
  const completionTokens = phases.reduce((sum, phase) => sum + phase.maxCompletionTokens, 0)
  return {
    article: preview.article,
    brief: brief.id,
    calls: phases.length,
    completionTokens,
    cost: phases.reduce((sum, phase) => sum + phase.estimatedCost, 0),
    isPillar,
    models,
    phases: phases.map((phase) => phase.key),
    promptTokens,
    tokenCounting: countings.size > 1 ? 'mixed' : countings.has('tokenizer') ? 'tokenizer' : 'characters',
    title: String(brief.title ?? ''),
    tokens: promptTokens + completionTokens,
  }
}

/**
 * One brief's forecast, from the same preview the Generate drawer shows (rendered prompts, tokens
 * counted as countPromptTokens does). An upper estimate of the run: every phase calls the model
 * with its whole completion allowance; cached answers, repairs and refinement rounds are left out.
 */
export const forecastBrief = async (
  context: Context,
  brief: Doc,
  isPillar: boolean,
  phases?: string[],
): Promise<ArticleForecast> => {
  const preview = await previewGeneration(context.payload, { brief: brief.id, req: context.req })
  return articleForecast(brief, isPillar, preview, await runPhasesOf(context, preview, phases))
}

/** Totals and the time of a set of article forecasts. */
export const mapForecast = (articles: ArticleForecast[], options: ResolvedPromptKitOptions): MapForecast => ({
  articles,
  time: forecastTime(articles, options),
  totals: articles.reduce(
    (sum, a) => ({
      articles: sum.articles + 1,
      calls: sum.calls + a.calls,
      completionTokens: sum.completionTokens + a.completionTokens,
      cost: sum.cost + a.cost,
      promptTokens: sum.promptTokens + a.promptTokens,
      tokens: sum.tokens + a.tokens,
    }),
    { articles: 0, calls: 0, completionTokens: 0, cost: 0, promptTokens: 0, tokens: 0 },
  ),
})
