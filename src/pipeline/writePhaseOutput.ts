import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'
import type { Doc, Id, PhaseStateRow } from './types.js'

import { updateArticle, withPhaseChanges } from './articleState.js'
import { fieldHashesOf } from './fingerprint.js'

type Target = { articleId: Id; options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest }

/**
 * Write a phase's fields and its state, then fingerprint the fields as saved (after hooks and the
 * database have shaped them) so a later edit by a person can be told apart from our own output.
 */
export const writePhaseOutput = async (
  target: Target,
  {
    data,
    extra,
    fields,
    kitOrder,
    phase,
    row,
  }: {
    data: Record<string, unknown>
    /** More changes computed from the current article inside the same write (e.g. clearing proposals). */
    extra?: (article: Doc) => Record<string, unknown>
    fields: string[]
    kitOrder: string[]
    phase: string
    row: Partial<PhaseStateRow>
  },
): Promise<Doc> => {
  const saved = await updateArticle(target, (article) => ({
    ...data,
    ...extra?.(article),
    pipeline: withPhaseChanges(article, { [phase]: row }, kitOrder),
  }))
  if (fields.length === 0) return saved
  const fieldHashes = fieldHashesOf(saved, fields)
  return updateArticle(target, (article) => ({ pipeline: withPhaseChanges(article, { [phase]: { fieldHashes } }, kitOrder) }))
}
