import type { CheckResult, GateArticle, LinkTarget } from '../types.js'

import { articleRichTextLinks } from '../articleText.js'
import { linkKey } from '../types.js'
import { listSome, quote, result } from './result.js'

/** One internal link: where it is written, its text, and the document it points at (if any). */
export type ArticleLink = { path: string; target?: LinkTarget; text: string }

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
      text: row?.anchorText ?? '',
      ...(id === undefined ? {} : { target: { collection: articlesCollection, id } }),
    }
  }),
  ...articleRichTextLinks(article).map(({ part, target, text }) => ({
    path: part,
    text,
    ...(target ? { target } : {}),
  })),
]

/** Every internal link resolves to a published document (`published` holds `collection:id` keys). */
export const checkInternalLinks = (links: ArticleLink[], published: Set<string>): CheckResult[] => {
  const broken = links.filter((link) => !link.target || !published.has(linkKey(link.target)))
  const describe = (link: ArticleLink) =>
    `${link.text ? quote(link.text) : 'a link'} (${link.target ? linkKey(link.target) : 'no target'}, in ${link.path})`
  return [
    result(
      { id: 'internal-links-published', label: 'Internal links published', path: broken[0]?.path },
      broken.length === 0,
      links.length
        ? `All ${links.length} internal links point to published documents.`
        : 'The article has no internal links.',
      `${broken.length} of ${links.length} internal links point to missing or unpublished documents: ${listSome(
        broken.map(describe),
      )}.`,
    ),
  ]
}
