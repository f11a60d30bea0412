import type { CollectionSlug, PayloadRequest } from 'payload'

import type { KitPhaseInput, KitProblem } from '../kit/validateKit.js'
import type { LlmMessage } from '../llm/index.js'
import type { Doc, Id, KitPhase } from '../pipeline/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'

import { validateKitPhases } from '../kit/validateKit.js'
import { phaseHandlers } from '../phases/index.js'
import { phaseRows } from '../pipeline/store/articles.js'
import { buildBriefContext } from '../pipeline/briefContext.js'
import { DEFAULT_COMPLETION_ESTIMATE, estimateCall } from '../pipeline/budget.js'
import { generationsOf } from '../pipeline/store/generations.js'
import { buildPhaseMessages } from '../pipeline/messages.js'
import { fromStoredOutput } from '../pipeline/phaseOutput.js'
import { missingOutputPlaceholder } from '../pipeline/preview.js'
import { modelFor } from '../pipeline/runPhase.js'
import { idOf } from '../pipeline/types.js'

/** One phase as the kit editor currently holds it (unsaved values, so every field may be missing). */
export type DraftPhase = KitPhaseInput & {
  maxTokens?: null | number
  model?: null | string
  outputKind?: null | string
  title?: null | string
}

export type KitPhasePreview = {
  /** The article whose outputs filled `{{outputs.x}}`, or null when the brief has none yet. */
  article: Id | null
  brief: Id
  estimatedCost: number
  maxCompletionTokens: number
  messages: LlmMessage[]
  /** Dependencies shown as a placeholder because the article has no output for them. */
  missingOutputs: string[]
  model: string
  phase: string
  /** Problems of this phase within the (edited) kit; `kitProblems` has those of every phase. */
  problems: KitProblem[]
  kitProblems: KitProblem[]
  promptTokens: number
}

/** Statuses whose generation still holds usable output (as in the brief preview). */
const withOutput = new Set(['done', 'edited', 'stale'])

/** The brief's most recent article, read as the user may see it; null when there is none. */
const latestArticle = async (req: PayloadRequest, options: ResolvedPromptKitOptions, brief: Doc): Promise<Doc | null> => {
  const found = await req.payload.find({
    collection: options.articles.collection as CollectionSlug,
    depth: 0,
    draft: true,
    limit: 1,
    overrideAccess: false,
    req,
    sort: '-createdAt',
    user: req.user,
    where: { brief: { equals: brief.id } },
  })
  return (found.docs[0] as Doc | undefined) ?? null
}

/**
 * Prompt text of the outputs `article` already has for `keys`, converted the way a run quotes them
 * (each phase's output kind as currently edited). Outputs that no longer fit that kind are left out.
 */
const existingOutputs = async (
  req: PayloadRequest,
  options: ResolvedPromptKitOptions,
  article: Doc | null,
  keys: string[],
  kitPhases: DraftPhase[],
): Promise<Map<string, string>> => {
  const outputs = new Map<string, string>()
  if (!article || keys.length === 0) return outputs
  const rows = phaseRows(article).filter((row) => keys.includes(row.phase) && withOutput.has(row.status))
  const ids = rows.map((row) => idOf(row.generation)).filter((id): id is Id => id !== undefined)
  const generations = await generationsOf({ options, payload: req.payload, req }, ids)
  for (const row of rows) {
    const kind = kitPhases.find((p) => p.key === row.phase)?.outputKind
    const handler = kind ? phaseHandlers[kind as keyof typeof phaseHandlers] : undefined
    const generation = generations.find((g) => String(g.id) === String(idOf(row.generation)))
    const output = handler ? fromStoredOutput(handler, generation) : undefined
    if (handler && output !== undefined) outputs.set(row.phase, handler.toPromptText(output as never))
  }
  return outputs
}

/**
 * Render one phase of a kit being edited against a brief, without calling the LLM: the messages a
 * run would send, token and cost estimates, and the kit's validation problems. `phase` replaces the
 * kit phase with the same key (or is added), so a template typed a second ago is what is shown.
 */
export const previewKitPhase = async (
  req: PayloadRequest,
  options: ResolvedPromptKitOptions,
  { brief, kitPhases, phase }: { brief: Doc; kitPhases: DraftPhase[]; phase: DraftPhase & { key: string } },
): Promise<KitPhasePreview> => {
  const index = kitPhases.findIndex((p) => p.key === phase.key)
  const phases = index === -1 ? [...kitPhases, phase] : kitPhases.map((p, i) => (i === index ? { ...p, ...phase } : p))
  const current = phases[index === -1 ? phases.length - 1 : index]!
  const kitProblems = validateKitPhases(phases)

  const dependsOn = [...new Set(current.dependsOn ?? [])]
  const article = await latestArticle(req, options, brief)
  const existing = await existingOutputs(req, options, article, dependsOn, phases)
  const missingOutputs = dependsOn.filter((dep) => !existing.has(dep))
  const outputs = Object.fromEntries(dependsOn.map((dep) => [dep, existing.get(dep) ?? missingOutputPlaceholder(dep)]))

  // Without an article yet, the URL and related articles are what a first run would see.
  const placeholderId: Id = req.payload.db.defaultIDType === 'number' ? 0 : '000000000000000000000000'
  const context = await buildBriefContext(req.payload, options, {
    article: article ?? { id: placeholderId, slug: brief.slug ?? null, title: brief.title },
    brief,
    req,
  })
  const messages = buildPhaseMessages(current.template ?? '', context, outputs)
  const model = modelFor({ ...current, key: phase.key } as KitPhase, options)
  const maxCompletionTokens = current.maxTokens ?? DEFAULT_COMPLETION_ESTIMATE
  const estimate = estimateCall(messages, model, current.maxTokens ?? null, options.llm.pricing)

  return {
    article: article?.id ?? null,
    brief: brief.id,
    estimatedCost: estimate.cost,
    kitProblems,
    maxCompletionTokens,
    messages,
    missingOutputs,
    model,
    phase: phase.key,
    problems: kitProblems.filter((problem) => problem.index === (index === -1 ? phases.length - 1 : index)),
    promptTokens: estimate.tokens - maxCompletionTokens,
  }
}
