import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'
import type { FieldHashes } from './fingerprint.js'
import type { Doc, Id, PhaseStateRow } from './types.js'

import { mergeGroups, updateArticle, withPhaseChanges } from './store/articles.js'
import { fieldHashesOf } from './fingerprint.js'

type Target = { articleId: Id; options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest }

export type PhaseOutputWrite = {
  data: Record<string, unknown>
  /** More changes computed from the current article inside the same write (e.g. clearing proposals). */
  extra?: (article: Doc) => Record<string, unknown>
  fields: string[]
  kitOrder: string[]
  phase: string
  row: Partial<PhaseStateRow>
}

/**
 * The change writing a phase's fields and its state, fingerprints included: hashed from the values
 * as they will be saved (groups merged), so the save needs no second write. `sent` receives them.
 */
export const phaseOutputChange = (
  target: Target,
  { data, extra, fields, kitOrder, phase, row }: PhaseOutputWrite,
  article: Doc,
  sent: { hashes?: FieldHashes },
): Record<string, unknown> => {
  const merged = mergeGroups(target.payload, target.options.articles.collection, article, data)
  sent.hashes = fields.length ? fieldHashesOf(merged, fields) : undefined
  return {
    ...data,
    ...extra?.(article),
    pipeline: withPhaseChanges(article, { [phase]: { ...row, ...(sent.hashes ? { fieldHashes: sent.hashes } : {}) } }, kitOrder),
  }
}

/**
 * Hooks or the database may store a value differently from how it was sent (beyond what the
 * fingerprint ignores); then the fingerprint is taken again from the saved article, in a second
 * write, so our own output is never mistaken for a person's edit.
 */
export const confirmFieldHashes = async (
  target: Target,
  saved: Doc,
  { fields, kitOrder, phase, sent }: { fields: string[]; kitOrder: string[]; phase: string; sent?: FieldHashes },
): Promise<Doc> => {
  if (!sent || fields.length === 0) return saved
  const actual = fieldHashesOf(saved, fields)
  if (fields.every((field) => actual[field] === sent[field])) return saved
  target.payload.logger.debug(`payload-prompt-kit: phase ${phase}: fields changed shape when saved; fingerprinting them again`)
  return updateArticle(target, (article) => ({ pipeline: withPhaseChanges(article, { [phase]: { fieldHashes: actual } }, kitOrder) }))
}

/**
 * Write a phase's fields and its state, fingerprinting the fields (see fingerprint.ts) so a later
 * edit by a person can be told apart from our own output.
 */
export const writePhaseOutput = async (target: Target, write: PhaseOutputWrite): Promise<Doc> => {
  const sent: { hashes?: FieldHashes } = {}
  const saved = await updateArticle(target, (article) => phaseOutputChange(target, write, article, sent))
  return confirmFieldHashes(target, saved, { ...write, sent: sent.hashes })
}
