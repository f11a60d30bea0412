import type { PhaseHandler } from '../phases/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'
import type { ArticleTarget } from './store/articles.js'
import type { Doc } from './types.js'

import { changedFields, type FieldHashes } from './fingerprint.js'
import { ownReq } from './ownReq.js'
import { withPhaseProposals } from './proposals.js'
import { phaseRows, updateArticle, withPhaseChanges } from './store/articles.js'
import { confirmFieldHashes, phaseOutputChange } from './writePhaseOutput.js'

export type OutputWrite = {
  brief: Doc
  generation: Doc
  handler: PhaseHandler
  kitOrder: string[]
  options: ResolvedPromptKitOptions
  output: unknown
  phase: string
  target: ArticleTarget
}

/**
 * Write a phase's output into the article's fields and mark it done, in one draft save (shared
 * with other phases finishing at the same time). Mapping reads the article as it is at that save
 * (e.g. internal links resolve against existing slugs). A field an editor changed since the phase
 * last wrote it is kept: the new output becomes a proposal for review instead.
 */
export const applyOutput = async ({ brief, generation, handler, kitOrder, options, output, phase, target }: OutputWrite): Promise<void> => {
  const { payload } = target
  const sent: { hashes?: FieldHashes } = {}
  let edited: string[] = []
  let note: null | string = null
  const saved = await updateArticle(target, async (article) => {
    const { data, warnings } = await handler.toArticleData(output as never, { article, brief, options, payload, req: ownReq(target.req) })
    note = warnings.length ? `Warnings: ${warnings.join('; ')}` : null
    const row = { error: note, generation: generation.id, inputHash: String(generation.inputHash ?? '') }
    edited = changedFields(article, phaseRows(article).find((r) => r.phase === phase)?.fieldHashes)
    if (edited.length === 0) {
      return phaseOutputChange(target, { data, fields: handler.fields, kitOrder, phase, row: { ...row, status: 'done' } }, article, sent)
    }
    const proposals = handler.fields.map((field) => ({ createdAt: new Date().toISOString(), field, generation: generation.id, value: data[field] ?? null }))
    return {
      pipeline: withPhaseChanges(article, { [phase]: { ...row, status: 'edited' } }, kitOrder),
      proposals: withPhaseProposals(article, phase, proposals),
    }
  })
  const where = `phase ${phase} of article ${String(target.articleId)}`
  if (edited.length) {
    payload.logger.info(`payload-prompt-kit: ${where}: ${edited.join(', ')} edited by a person; new output stored as a proposal`)
    return
  }
  await confirmFieldHashes(target, saved, { fields: handler.fields, kitOrder, phase, sent: sent.hashes })
  if (note) payload.logger.info(`payload-prompt-kit: ${where}: ${note}`)
}
