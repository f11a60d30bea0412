import type { LexicalHeading, RichTextLink } from './lexicalText.js'
import type { GateArticle } from './types.js'

import { lexicalHeadings, lexicalInternalLinks, lexicalPlainText } from './lexicalText.js'

/**
 * The rich-text parts in page order (the same list as `articleTextParts` in collections/articleFields;
 * not imported from there so the checks stay free of the admin editor's dependencies).
 */
export const gateTextParts = ['introduction', 'body', 'conclusion'] as const
export type GateTextPart = (typeof gateTextParts)[number]

export type PartHeading = LexicalHeading & { part: GateTextPart }

/** Headings of introduction, body and conclusion, in page order. */
export const articleHeadings = (article: GateArticle): PartHeading[] =>
  gateTextParts.flatMap((part) => lexicalHeadings(article[part]).map((heading) => ({ ...heading, part })))

/** Plain text of the given parts, in order, separated by a space. */
export const articlePlainText = (
  article: GateArticle,
  parts: readonly GateTextPart[] = gateTextParts,
): string =>
  parts
    .map((part) => lexicalPlainText(article[part]))
    .filter(Boolean)
    .join(' ')

/** Internal links written into the rich text, with the part they are in. */
export const articleRichTextLinks = (article: GateArticle): Array<RichTextLink & { part: GateTextPart }> =>
  gateTextParts.flatMap((part) => lexicalInternalLinks(article[part]).map((link) => ({ ...link, part })))
