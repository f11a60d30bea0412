import type { CheckResult, GateArticle } from '../types.js'

import { articleHeadings, articlePlainText } from '../articleText.js'
import { containsKeyword, firstWords } from '../keyword.js'
import { quote, result } from './result.js'

/** How many words of the introduction (then body) count as the opening. */
export const OPENING_WORDS = 100

/**
 * The primary keyword appears in the title, the meta description, the first 100 words and at least
 * one H2 (whole words, any case). Without a keyword none of this can be checked, which is an error.
 */
export const checkKeywordPlacement = (
  article: GateArticle,
  primaryKeyword: null | string | undefined,
): CheckResult[] => {
  const keyword = primaryKeyword?.trim()
  if (!keyword) {
    return [
      result(
        { id: 'primary-keyword', label: 'Primary keyword', path: 'brief' },
        false,
        '',
        'The article has no primary keyword; link it to a brief that has one.',
      ),
    ]
  }
  const k = quote(keyword)
  const opening = firstWords(articlePlainText(article, ['introduction', 'body']), OPENING_WORDS)
  const h2s = articleHeadings(article).filter((heading) => heading.level === 2)
  return [
    result(
      { id: 'keyword-in-title', label: 'Keyword in title', path: 'title' },
      containsKeyword(article.title, keyword),
      `The title contains ${k}.`,
      `The title does not contain the primary keyword ${k}.`,
    ),
    result(
      { id: 'keyword-in-meta-description', label: 'Keyword in meta description', path: 'meta.description' },
      containsKeyword(article.meta?.description, keyword),
      `The meta description contains ${k}.`,
      `The meta description does not contain the primary keyword ${k}.`,
    ),
    result(
      { id: 'keyword-in-opening', label: `Keyword in first ${OPENING_WORDS} words`, path: 'introduction' },
      containsKeyword(opening, keyword),
      `The first ${OPENING_WORDS} words contain ${k}.`,
      `The first ${OPENING_WORDS} words of the introduction (then body) do not contain the primary keyword ${k}.`,
    ),
    result(
      { id: 'keyword-in-h2', label: 'Keyword in an H2', path: 'body' },
      h2s.some((heading) => containsKeyword(heading.text, keyword)),
      `An H2 contains ${k}.`,
      h2s.length
        ? `None of the ${h2s.length} H2 headings contains the primary keyword ${k}.`
        : `The text has no H2 heading; at least one must contain the primary keyword ${k}.`,
    ),
  ]
}
