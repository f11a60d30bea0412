import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'
import type { Doc, Id, PhaseStateRow } from './types.js'

import { cachedArticle, forgetArticle, rememberArticle } from './articleCache.js'
import { type ArticleChange, queueArticleChange } from './articleWrites.js'
import { newestVersion } from './newestVersion.js'
import { ownReq } from './ownReq.js'
import { pipelineContext, pipelineReq } from './pipelineWrite.js'
import { replaceRunVersion } from './runVersions.js'
import { idOf } from './types.js'

type Target = { articleId: Id; options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest }

/** The article as it stands now, including unpublished changes (the latest draft). */
export const readArticle = async ({ articleId, options, payload, req }: Target): Promise<Doc> =>
  (await payload.findByID({
    collection: options.articles.collection as CollectionSlug,
    depth: 0,
    draft: true,
    id: articleId,
    req: ownReq(req),
  })) as Doc

const cacheTargetOf = (target: Target) => ({
  articleId: target.articleId,
  collection: target.options.articles.collection,
  payload: target.payload,
  req: target.req,
})

/** readArticle, or our last copy of the article when nobody has saved it since (see articleCache). */
export const readLatestArticle = async (target: Target): Promise<Doc> => {
  const cached = await cachedArticle(cacheTargetOf(target))
  if ('doc' in cached) return cached.doc
  const article = await readArticle(target)
  rememberArticle(cacheTargetOf(target), article, cached.stamp)
  return article
}

/** Keep a draft save's result as the article's latest copy (see articleCache). */
export const rememberSavedArticle = (target: Target, saved: Doc): void => rememberArticle(cacheTargetOf(target), saved)

/**
 * Keep a just-created draft as the article's latest copy. Its first version is written a moment
 * after the document, with a later updatedAt, so the copy is stamped with that version's.
 */
export const rememberCreatedArticle = async (target: Target, created: Doc): Promise<void> => {
  const version = await newestVersion(target.payload, target.options.articles.collection, target.articleId, target.req)
  rememberArticle(cacheTargetOf(target), created, version?.updatedAt)
}

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
 * Re-read the article (or reuse our last save when nobody has saved it since, see articleCache) and
 * save what `build` returns, serialised per article; changes queued while a save is in flight share
 * the next save (see articleWrites). Saved as a draft so a published version never changes under
 * readers; an editor publishes when satisfied.
 */
export const updateArticle = (target: Target, build: ArticleChange): Promise<Doc> => {
  const collection = target.options.articles.collection
  const cacheTarget = cacheTargetOf(target)
  return queueArticleChange(target.payload, target.articleId, {
    build,
    io: {
      merge: (article, data) => mergeGroups(target.payload, collection, article, data),
      read: () => readLatestArticle(target),
      save: async (data) => {
        forgetArticle(cacheTarget)
        const saved = (await target.payload.update({
          collection: collection as CollectionSlug,
          // Flagged so the human-edit guard does not take the pipeline's own writes for an editor's.
          context: pipelineContext(),
          data,
          depth: 0,
          draft: true,
          id: target.articleId,
          req: pipelineReq(target.req),
        })) as Doc
        rememberSavedArticle(target, saved)
        await replaceRunVersion(cacheTarget, saved).catch((err: unknown) =>
          // The save stands; at worst the run keeps one more version.
          target.payload.logger.warn({ err, msg: `payload-prompt-kit: could not replace the run's previous version of article ${String(target.articleId)}` }),
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
  phases?: null | string[]
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
