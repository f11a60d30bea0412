import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { LlmMessage } from '../llm/index.js'
import type { PhaseHandler } from '../phases/types.js'
import type { Doc, Id, KitPhase } from './types.js'

import { getPhaseHandler } from '../phases/index.js'
import { getPromptKitOptions } from '../pluginOptions.js'
import { phaseRows, readArticle } from './store/articles.js'
import { buildBriefContext } from './briefContext.js'
import { DEFAULT_COMPLETION_ESTIMATE, estimateCall } from './budget.js'
import { generationsOf } from './store/generations.js'
import { loadRunKit, PipelineSetupError } from './loadKit.js'
import { buildPhaseMessages } from './messages.js'
import { ownReq } from './ownReq.js'
import { fromStoredOutput } from './phaseOutput.js'
import { tokenCountingFor } from './promptTokens.js'
import { modelFor } from './runPhase.js'
import { readBrief } from './readBrief.js'
import { idOf } from './types.js'

export type PhasePreview = {
  dependsOn: string[]
  /** Estimated cost of the prompt plus the whole completion allowance, in USD. */
  estimatedCost: number
  key: string
  maxCompletionTokens: number
  messages: LlmMessage[]
  /** Dependencies with no output yet: their `{{outputs.x}}` is a placeholder. */
  missingOutputs: string[]
  model: string
  promptTokens: number
  title: string
  /** `tokenizer`: prompt tokens counted with OpenAI's tokenizer (OpenAI models); `characters`: characters / 4. */
  tokenCounting: 'characters' | 'tokenizer'
}

export type GenerationPreview = {
  article: Id | null
  brief: Id
  kit: { id: Id; version: string }
  phases: PhasePreview[]
  totals: { estimatedCost: number; maxCompletionTokens: number; promptTokens: number }
}

export const missingOutputPlaceholder = (key: string) => `[output of ${key} — not generated yet]`

/** Statuses whose generation still holds usable output for later prompts. */
const withOutput = new Set(['done', 'edited', 'stale'])

/** The article for a preview: the given one, the brief's first, or none yet. */
const articleFor = async (payload: Payload, brief: Doc, req?: PayloadRequest): Promise<Doc | null> => {
  const options = getPromptKitOptions(payload)
  const found = await payload.find({
    collection: options.articles.collection as CollectionSlug,
    depth: 0,
    draft: true,
    limit: 1,
    req: ownReq(req),
    sort: 'createdAt',
    where: { brief: { equals: brief.id } },
  })
  return (found.docs[0] as Doc | undefined) ?? null
}

/**
 * What a run would send, without calling the LLM: per phase the rendered messages (with the
 * article's existing outputs, or a placeholder for phases not run yet) and an upper cost estimate.
 * Built with the pipeline's own context and message code, so the preview is what gets sent.
 */
export const previewGeneration = async (
  payload: Payload,
  args: { article?: Id; brief?: Id; phases?: string[]; req?: PayloadRequest },
): Promise<GenerationPreview> => {
  const options = getPromptKitOptions(payload)
  let article: Doc | null = args.article === undefined ? null : await readArticle({ articleId: args.article, options, payload, req: args.req })
  const briefId = args.brief ?? idOf(article?.brief)
  if (briefId === undefined) throw new PipelineSetupError('Nothing to preview: give a brief, or an article that has one.')
  const brief = await readBrief(payload, options, briefId, args.req)
  if (!brief) throw new PipelineSetupError(`No brief with ID "${String(briefId)}".`)
  article ??= await articleFor(payload, brief, args.req)

  const kit = await loadRunKit(payload, options, brief, args.req)
  const unknown = (args.phases ?? []).filter((key) => !kit.phases.some((p) => p.key === key))
  if (unknown.length) throw new PipelineSetupError(`Unknown phase(s) ${unknown.join(', ')}; the kit has: ${kit.phases.map((p) => p.key).join(', ')}`)
  const phases = args.phases?.length ? kit.phases.filter((p) => args.phases!.includes(p.key)) : kit.phases

  // Outputs the article already has are what a run would quote for phases outside it.
  const rows = article ? phaseRows(article).filter((row) => withOutput.has(row.status)) : []
  const generations = await generationsOf(
    { options, payload, req: args.req },
    rows.map((row) => idOf(row.generation)).filter((id): id is Id => id !== undefined),
  )
  const handlerOf = (phase: KitPhase) => getPhaseHandler(phase.outputKind) as PhaseHandler
  const existing = new Map<string, string>()
  for (const phase of kit.phases) {
    const row = rows.find((r) => r.phase === phase.key)
    const generation = row && generations.find((g) => String(g.id) === String(idOf(row.generation)))
    const output = fromStoredOutput(handlerOf(phase), generation)
    if (output !== undefined) existing.set(phase.key, handlerOf(phase).toPromptText(output as never))
  }

  // Without an article yet, related articles are every article of the map (none to exclude).
  const placeholderId: Id = payload.db.defaultIDType === 'number' ? 0 : '000000000000000000000000'
  const context = await buildBriefContext(payload, options, {
    article: article ?? { id: placeholderId, slug: brief.slug ?? null, title: brief.title },
    brief,
    req: ownReq(args.req),
  })

  const previews = phases.map((phase): PhasePreview => {
    const dependsOn = [...(phase.dependsOn ?? [])]
    const missingOutputs = dependsOn.filter((dep) => !existing.has(dep))
    const outputs = Object.fromEntries(dependsOn.map((dep) => [dep, existing.get(dep) ?? missingOutputPlaceholder(dep)]))
    const messages = buildPhaseMessages(phase.template, context, outputs)
    const model = modelFor(phase, options)
    const maxCompletionTokens = phase.maxTokens ?? DEFAULT_COMPLETION_ESTIMATE
    const estimate = estimateCall(messages, model, phase.maxTokens ?? null, options.llm.pricing)
    return {
      dependsOn,
      estimatedCost: estimate.cost,
      key: phase.key,
      maxCompletionTokens,
      messages,
      missingOutputs,
      model,
      promptTokens: estimate.tokens - maxCompletionTokens,
      title: phase.title,
      tokenCounting: tokenCountingFor(model),
    }
  })
  return {
    article: article?.id ?? null,
    brief: brief.id,
    kit: { id: kit.id, version: kit.version },
    phases: previews,
    totals: previews.reduce(
      (sum, p) => ({
        estimatedCost: sum.estimatedCost + p.estimatedCost,
        maxCompletionTokens: sum.maxCompletionTokens + p.maxCompletionTokens,
        promptTokens: sum.promptTokens + p.promptTokens,
      }),
      { estimatedCost: 0, maxCompletionTokens: 0, promptTokens: 0 },
    ),
  }
}
