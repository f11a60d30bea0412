import type { ArticleTarget } from '../pipeline/store/articles.js'
import type { GateArticle } from '../gate/types.js'
import type { Doc, Id } from '../pipeline/types.js'

import { articleRichTextLinks } from '../gate/articleText.js'
import { proposalsOf, withPhaseProposals } from '../pipeline/proposals.js'
import { updateArticle } from '../pipeline/store/articles.js'
import { idOf, sameId } from '../pipeline/types.js'
import { backlinkPhase } from './phase.js'

/** A row of `internalLinks` as stored (the related article as an ID). */
export type LinkRow = { anchorText: string; article: Id; id?: string; placement?: null | string }

export const linkRowsOf = (value: unknown): LinkRow[] =>
  (Array.isArray(value) ? (value as Array<Record<string, unknown>>) : []).flatMap((row) => {
    const article = idOf(row?.article)
    if (article === undefined || typeof row.anchorText !== 'string') return []
    const placement = typeof row.placement === 'string' ? row.placement : null
    return [
      {
        anchorText: row.anchorText,
        article,
        placement,
        ...(typeof row.id === 'string' ? { id: row.id } : {}),
      },
    ]
  })

/**
 * The article links to `targetId` already (a row of `internalLinks` or a link in its text), or a
 * proposal to add one waits for review: then it is not asked again.
 */
export const linksTo = (article: Doc, targetId: Id, articlesCollection: string): boolean =>
  linkRowsOf(article.internalLinks).some((row) => sameId(row.article, targetId)) ||
  articleRichTextLinks(article as GateArticle).some(
    (link) => link.target?.collection === articlesCollection && sameId(link.target.id, targetId),
  ) ||
  proposalsOf(article).some((p) => p.phase === backlinkPhase(targetId))

export type BacklinkRow = { anchorText: string; placement?: string }
export type NewArticle = { id: Id; path: string; title: string }

/**
 * Store the proposal on the existing article: its `internalLinks` with one row added, so the
 * admin's word diff shows exactly that row, led by `newArticle` (title and path) for the editor;
 * Accept adds the row (see reviewBacklink). False when the article links to the new one by now.
 */
export const proposeBacklink = async (
  source: ArticleTarget,
  { generation, row, target }: { generation: Id; row: BacklinkRow; target: NewArticle },
): Promise<boolean> => {
  let proposed = false
  await updateArticle(source, (article) => {
    if (linksTo(article, target.id, source.options.articles.collection)) return null
    proposed = true
    const value = [
      ...linkRowsOf(article.internalLinks),
      {
        newArticle: `${target.title} (${target.path})`,
        anchorText: row.anchorText,
        placement: row.placement ?? null,
        article: target.id,
      },
    ]
    return {
      proposals: withPhaseProposals(article, backlinkPhase(target.id), [
        { createdAt: new Date().toISOString(), field: 'internalLinks', generation, value },
      ]),
    }
  })
  return proposed
}
