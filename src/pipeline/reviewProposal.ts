import type { Payload, PayloadRequest } from 'payload'

import type { Doc, Id } from './types.js'

import { acceptBacklink, rejectBacklink } from '../backlinks/reviewBacklink.js'
import { isBacklinkPhase } from '../backlinks/phase.js'
import { getPromptKitOptions } from '../pluginOptions.js'
import { readArticle, updateArticle, withPhaseChanges } from './store/articles.js'
import { proposalsOf, withPhaseProposals } from './proposals.js'
import { writePhaseOutput } from './writePhaseOutput.js'

/** The article has no proposal for that phase (none was made, or it was already reviewed). */
export class NoProposalError extends Error {
  override name = 'NoProposalError'
}

type ReviewArgs = { articleId: Id; phase: string; req?: PayloadRequest }

const targetOf = (payload: Payload, { articleId, req }: ReviewArgs) => ({
  articleId,
  options: getPromptKitOptions(payload),
  payload,
  req,
})

const pendingOf = async (payload: Payload, args: ReviewArgs) => {
  const article = await readArticle(targetOf(payload, args))
  const pending = proposalsOf(article).filter((p) => p.phase === args.phase)
  if (pending.length === 0) throw new NoProposalError(`Article ${String(args.articleId)} has no proposal for phase "${args.phase}".`)
  return pending
}

/** Replace the editor's text with the proposed output; the phase is the pipeline's again (done). */
export const acceptProposal = async (payload: Payload, args: ReviewArgs): Promise<Doc> => {
  const pending = await pendingOf(payload, args)
  // A link to a newly published article: added to the rows as they are now, no phase of the kit wrote it.
  if (isBacklinkPhase(args.phase)) return acceptBacklink(targetOf(payload, args), args.phase)
  return writePhaseOutput(targetOf(payload, args), {
    data: Object.fromEntries(pending.map((p) => [p.field, p.value ?? null])),
    extra: (article) => ({ proposals: withPhaseProposals(article, args.phase) }),
    fields: pending.map((p) => p.field),
    kitOrder: [],
    phase: args.phase,
    row: { error: null, generation: pending[0]!.generation ?? null, status: 'done' },
  })
}

/** Drop the proposal and keep the editor's text; the phase stays `edited`. */
export const rejectProposal = async (payload: Payload, args: ReviewArgs): Promise<Doc> => {
  await pendingOf(payload, args)
  if (isBacklinkPhase(args.phase)) return rejectBacklink(targetOf(payload, args), args.phase)
  return updateArticle(targetOf(payload, args), (article) => ({
    pipeline: withPhaseChanges(article, { [args.phase]: { status: 'edited' } }),
    proposals: withPhaseProposals(article, args.phase),
  }))
}
