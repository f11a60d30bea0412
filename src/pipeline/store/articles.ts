import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { RefinementState } from '../../refine/state.js'
import type { ResolvedPromptKitOptions } from '../../types.js'
import type { Doc, Id, PhaseStateRow } from '../types.js'

import { withDbRetry } from '../../shared/dbRetry.js'
import { ownReq } from '../ownReq.js'
import { pipelineContext, pipelineReq } from '../pipelineWrite.js'
import { idOf } from '../types.js'
import { type ArticleChange, queueArticleChange } from './articleWrites.js'
import { replaceRunVersion } from './runVersions.js'

export type ArticleTarget = { articleId: Id; options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest }
type Target = ArticleTarget

/** The article as it stands now, including unpublished changes (the latest draft). */
export const readArticle = ({ articleId, options, payload, req }: Target): Promise<Doc> =>
  withDbRetry(payload, `read article ${String(articleId)}`, async () =>
    (await payload.findByID({
      collection: options.articles.collection as CollectionSlug,
      depth: 0,
      draft: true,
      id: articleId,
      req: ownReq(req),
    })) as Doc,
  )

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Group fields are merged one level deep so a phase that fills part of `meta` keeps the rest
 * (e.g. the share image an editor chose); every other field is replaced.
 */
export const mergeGroups = (payload: Payload, collection: string, article: Doc, data: Record<string, unknown>) => {
  const fields = payload.collections[collection as CollectionSlug]?.config.flattenedFields ?? []
  const groups = new Set(fields.filter((f) => f.type === 'group').map((f) => f.name))
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) =>
      groups.has(key) && isPlainObject(value) && isPlainObject(article[key])
        ? [key, { ...(article[key] as Record<string, unknown>), ...value }]
        : [key, value],
    ),
  )
}

/**
 * Re-read the article and save what `build` returns, serialised per article; changes queued while
 * a save is in flight share the next save (see articleWrites). Saved as a draft so a published
 * version never changes under readers; an editor publishes when satisfied. A save that fails on a
 * dropped database connection is tried again (see withDbRetry); `build` then sees the article anew.
 */
export const updateArticle = (target: Target, build: ArticleChange): Promise<Doc> => {
  const { articleId, options, payload } = target
  const collection = options.articles.collection
  return queueArticleChange(payload, articleId, {
    build,
    io: {
      merge: (article, data) => mergeGroups(payload, collection, article, data),
      read: () => readArticle(target),
      save: async (data) => {
        const saved = await withDbRetry(payload, `save article ${String(articleId)}`, async () =>
          (await payload.update({
            collection: collection as CollectionSlug,
            // Flagged so the human-edit guard does not take the pipeline's own writes for an editor's.
            context: pipelineContext(),
            data,
            depth: 0,
            draft: true,
            id: articleId,
            req: pipelineReq(target.req),
          })) as Doc,
        )
        await replaceRunVersion({ articleId, collection, payload, req: target.req }, saved).catch((err: unknown) =>
          // The save stands; at worst the run keeps one more version.
          payload.logger.warn(`payload-prompt-kit: could not replace the run's previous version of article ${String(articleId)}: ${String(err)}`),
        )
        return saved
      },
    },
    req: target.req,
  })
}

export const phaseRows = (article: Doc): PhaseStateRow[] =>
  Array.isArray(article.pipeline) ? (article.pipeline as PhaseStateRow[]) : []

/** The article's pipeline rows with `changes` applied; rows of other phases are kept as they are. */
export const withPhaseChanges = (
  article: Doc,
  changes: Record<string, Partial<PhaseStateRow>>,
  kitOrder: string[] = [],
): PhaseStateRow[] => {
  const now = new Date().toISOString()
  const rows: PhaseStateRow[] = phaseRows(article).map((row) => ({ ...row, generation: idOf(row.generation) ?? null }))
  for (const [phase, change] of Object.entries(changes)) {
    const index = rows.findIndex((row) => row.phase === phase)
    const next = { ...(index >= 0 ? rows[index] : { phase }), ...change, phase, updatedAt: now } as PhaseStateRow
    next.generation = idOf(next.generation) ?? null
    if (index >= 0) rows[index] = next
    else rows.push(next)
  }
  // Keep the kit's order so the admin lists phases the way the kit does.
  const position = (phase: string) => {
    const i = kitOrder.indexOf(phase)
    return i < 0 ? Number.MAX_SAFE_INTEGER : i
  }
  return rows.sort((a, b) => position(a.phase) - position(b.phase))
}

/** Set the status (and more) of some phases, nothing else. */
export const setPhaseStates = (
  target: Target,
  changes: Record<string, Partial<PhaseStateRow>>,
  kitOrder?: string[],
): Promise<Doc> => updateArticle(target, (article) => ({ pipeline: withPhaseChanges(article, changes, kitOrder) }))

export type RunState = {
  error?: null | string
  finishedAt?: null | string
  job?: null | string
  /** The prompt-kits version the run is pinned to; null runs the kit as it is now. */
  kitVersion?: null | string
  /** While the LLM endpoint is down or rate-limited: when the next request goes out. */
  llmNextTryAt?: null | string
  /** While waiting for the LLM: the last error (e.g. "connect ECONNREFUSED …", "429 Too Many Requests"). */
  llmWaitReason?: null | string
  /** While waiting for the LLM: since when. */
  llmWaitSince?: null | string
  phases?: null | string[]
  /** Refinement rounds after the run (see refine/state.ts). */
  refinement?: null | RefinementState
  /** Named `runId`: a sub-field called `id` is not stored by Payload's group fields. */
  runId?: null | string
  startedAt?: null | string
  status?: 'failed' | 'queued' | 'running' | 'succeeded' | null
  triggeredBy?: Id | null
}

/** The article's `run` group with `change` applied. */
export const withRunChange = (article: Doc, change: RunState): RunState => {
  const current = (isPlainObject(article.run) ? article.run : {}) as RunState
  const next = { ...current, ...change }
  return { ...next, triggeredBy: idOf(next.triggeredBy) ?? null }
}
