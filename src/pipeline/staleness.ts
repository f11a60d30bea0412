import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'
import type { Doc, Id, PhaseStateRow } from './types.js'

import { phaseRows, updateArticle, withPhaseChanges } from './store/articles.js'
import { generationsOf } from './store/generations.js'
import { idOf, sameId } from './types.js'

/** Only a finished output can go stale; pending, failed and running phases have none to outdate. */
export const canGoStale = (row: PhaseStateRow | undefined): boolean => row?.status === 'done'

/** Changes turning the article's done phases (all of them, or those in `keys`) stale. */
export const staleChanges = (article: Doc, keys?: string[]): Record<string, Partial<PhaseStateRow>> =>
  Object.fromEntries(
    phaseRows(article)
      .filter((row) => canGoStale(row) && (!keys || keys.includes(row.phase)))
      .map((row) => [row.phase, { status: 'stale' }]),
  )

type Target = { articleId: Id; options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest }

/** Mark the done phases among `keys` stale, re-reading the article under its lock. */
export const markStale = async (target: Target, keys: string[], kitOrder: string[]): Promise<void> => {
  if (keys.length === 0) return
  await updateArticle(target, (article) => {
    const changes = staleChanges(article, keys)
    return Object.keys(changes).length ? { pipeline: withPhaseChanges(article, changes, kitOrder) } : null
  })
}

/**
 * Whether a phase's new generation changes what its dependants were made from: other inputs, or
 * (same inputs, forced re-run) a different answer. A phase with no earlier output always counts.
 */
export const outputChanged = async (
  store: { options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest },
  before: PhaseStateRow | undefined,
  generation: Doc,
): Promise<boolean> => {
  const previousId = idOf(before?.generation)
  if (previousId === undefined || !before?.inputHash) return true
  if (before.inputHash !== generation.inputHash) return true
  if (sameId(previousId, generation)) return false
  const [previous] = await generationsOf(store, [previousId])
  return JSON.stringify(previous?.rawOutput ?? null) !== JSON.stringify(generation.rawOutput ?? null)
}
