import type { LinkSource, LinkTargetState } from '../../frontend/linkRule.js'
import type { CheckResult, GateArticle, LinkTarget } from '../types.js'

import { linkFate } from '../../frontend/linkRule.js'
import { articleRichTextLinks } from '../articleText.js'
import { linkKey } from '../types.js'
import { listSome, quote, result } from './result.js'

/** One internal link: where it is written, its text, and the document it points at (if any). */
export type ArticleLink = { path: string; source: LinkSource; target?: LinkTarget; text: string }

const idOf = (value: unknown): number | string | undefined => {
  const ref = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return (typeof ref === 'string' && ref !== '') || typeof ref === 'number' ? ref : undefined
}

/** The `internalLinks` rows and the rich text's internal links, in that order. */
export const articleLinks = (article: GateArticle, articlesCollection: string): ArticleLink[] => [
  ...(article.internalLinks ?? []).map((row, i) => {
    const id = idOf(row?.article)
    return {
      path: `internalLinks.${i}.article`,
      source: 'internalLinks' as const,
      text: row?.anchorText ?? '',
      ...(id === undefined ? {} : { target: { collection: articlesCollection, id } }),
    }
  }),
  ...articleRichTextLinks(article).map(({ part, target, text }) => ({
    path: part,
    source: 'richText' as const,
    text,
    ...(target ? { target } : {}),
  })),
]

/** A target the resolver did not report published exists but is unpublished, as far as the gate can tell. */
const stateOf = (link: ArticleLink, published: Set<string>): LinkTargetState =>
  !link.target ? 'missing' : published.has(linkKey(link.target)) ? 'published' : 'unpublished'

const describe = (link: ArticleLink) =>
  `${link.text ? quote(link.text) : 'a link'} (${link.target ? linkKey(link.target) : 'no target'}, in ${link.path})`

/**
 * The gate checks the links the page renders (`linkFate`, shared with the renderer), with
 * `published` holding the `collection:id` keys of published targets:
 * - `internal-links-published` (error): a link in the rich text to a draft or a missing document;
 * - `internal-links-target` (error): an `internalLinks` row that points at nothing;
 * - `internal-links-waiting` (warning): rows to articles not published yet; kept, shown once they are.
 */
export const checkInternalLinks = (links: ArticleLink[], published: Set<string>): CheckResult[] => {
  const fate = (link: ArticleLink) => linkFate(link.source, stateOf(link, published))
  const inText = links.filter((link) => link.source === 'richText')
  const deadInText = inText.filter((link) => fate(link) === 'dead')
  const rows = links.filter((link) => link.source === 'internalLinks')
  const targetless = rows.filter((link) => fate(link) === 'dead')
  const waiting = rows.filter((link) => fate(link) === 'waiting')
  return [
    result(
      { id: 'internal-links-published', label: 'Internal links published', path: deadInText[0]?.path },
      deadInText.length === 0,
      inText.length
        ? `All ${inText.length} links in the text point to published documents.`
        : 'The text has no internal links.',
      `${deadInText.length} of ${inText.length} links in the text point to missing or unpublished documents and would not be links on the page: ${listSome(
        deadInText.map(describe),
      )}.`,
    ),
    result(
      { id: 'internal-links-target', label: 'Internal links target', path: targetless[0]?.path },
      targetless.length === 0,
      rows.length ? `All ${rows.length} internal links have a target.` : 'The article has no internal links.',
      `${targetless.length} of ${rows.length} internal links point at nothing (the article was deleted?): ${listSome(targetless.map(describe))}.`,
    ),
    result(
      {
        id: 'internal-links-waiting',
        label: 'Internal links waiting',
        path: waiting[0]?.path,
        severity: 'warning',
      },
      waiting.length === 0,
      'No internal link waits for its target to be published.',
      `${waiting.length} ${waiting.length === 1 ? 'link waits' : 'links wait'} for ${waiting.length === 1 ? 'its target' : 'their targets'} to be published and will appear then: ${listSome(
        waiting.map(describe),
      )}.`,
    ),
  ]
}
