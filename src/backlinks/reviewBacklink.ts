import type { ArticleTarget } from '../pipeline/store/articles.js'
import type { Doc, PhaseStateRow } from '../pipeline/types.js'

import { changedFields } from '../pipeline/fingerprint.js'
import { proposalsOf, withPhaseProposals } from '../pipeline/proposals.js'
import { phaseRows, updateArticle, withPhaseChanges } from '../pipeline/store/articles.js'
import { sameId } from '../pipeline/types.js'
import { linkRowsOf } from './backlinkProposal.js'
import { backlinkTargetOf } from './phase.js'

/** Statuses whose fields hold a phase's own output (as in the human-edit guard). */
const guarded = new Set(['done', 'stale'])

/**
 * Phases whose output `internalLinks` was: now `edited`, as after an editor's change, so a re-run
 * of the internal-links phase proposes instead of dropping the accepted link.
 */
const editedBy = (article: Doc, internalLinks: unknown): Record<string, Partial<PhaseStateRow>> =>
  Object.fromEntries(
    phaseRows(article)
      .filter(
        (row) => guarded.has(row.status) && changedFields({ internalLinks }, row.fieldHashes).length > 0,
      )
      .map((row) => [row.phase, { status: 'edited' as const }]),
  )

/**
 * Accept a backlink proposal: the proposed rows are added to the article's `internalLinks` as they
 * are NOW (rows an editor changed or removed since the proposal was made stay so), the proposal is cleared.
 * Saved as a draft like every change of the plugin; publishing shows the link on the page.
 */
export const acceptBacklink = (target: ArticleTarget, phase: string): Promise<Doc> =>
  updateArticle(target, (article) => {
    const current = linkRowsOf(article.internalLinks)
    const proposed = proposalsOf(article)
      .filter((p) => p.phase === phase)
      .flatMap((p) => linkRowsOf(p.value))
      // Only the row to the new article: the others are the article's rows when it was proposed.
      .filter(
        (row) =>
          sameId(row.article, backlinkTargetOf(phase)) &&
          !current.some((existing) => sameId(existing.article, row.article)),
      )
    const internalLinks = [
      ...current,
      ...proposed.map(({ anchorText, article, placement }) => ({
        anchorText,
        article,
        placement: placement ?? null,
      })),
    ]
    const edited = editedBy(article, internalLinks)
    return {
      internalLinks,
      ...(Object.keys(edited).length ? { pipeline: withPhaseChanges(article, edited) } : {}),
      proposals: withPhaseProposals(article, phase),
    }
  })

/** Reject a backlink proposal: it is dropped; nothing else changes (the pair is not asked again). */
export const rejectBacklink = (target: ArticleTarget, phase: string): Promise<Doc> =>
  updateArticle(target, (article) => ({ proposals: withPhaseProposals(article, phase) }))
