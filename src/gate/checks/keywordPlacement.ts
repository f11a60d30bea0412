import type { CheckResult, CheckSeverity, GateArticle } from '../types.js'

import { articleHeadings, articlePlainText } from '../articleText.js'
import { bestKeywordMatch, firstWords, matchKeyword } from '../keyword.js'
import { describeKeywordMatch } from '../keywordMessage.js'
import { wordsOf } from '../keywordWords.js'
import { quote, result } from './result.js'

/** How many words of the introduction (then body) count as the opening. */
export const OPENING_WORDS = 100

type Place = { id: string; label: string; path: string; place: string; severity?: CheckSeverity }

const placeCheck = (spec: Place, text: null | string | undefined, keyword: string): CheckResult => {
  const match = matchKeyword(text, keyword)
  const message = describeKeywordMatch(spec.place, quote(keyword), match)
  return result(spec, match.found, message, message)
}

/** "The title "…"", or "The title (empty)", so a message shows what was read. */
const named = (field: string, value: null | string | undefined) =>
  value?.trim() ? `${field} ${quote(value)}` : `${field} (empty)`

const h2Check = (article: GateArticle, keyword: string): CheckResult => {
  const base = { id: 'keyword-in-h2', label: 'Keyword in an H2', path: 'body' }
  const h2s = articleHeadings(article).filter((heading) => heading.level === 2)
  const k = quote(keyword)
  if (!h2s.length) {
    return result(
      base,
      false,
      '',
      `The text has no H2 heading; at least one must contain the primary keyword ${k}.`,
    )
  }
  const { index, match } = bestKeywordMatch(
    h2s.map((heading) => heading.text),
    keyword,
  )
  if (index >= 0) {
    const message = describeKeywordMatch(`The H2 ${quote(h2s[index]!.text)}`, k, match)
    return result(base, true, message, message)
  }
  const window = match.found ? 0 : match.window
  return result(
    base,
    false,
    '',
    `None of the ${h2s.length} H2 headings contains the primary keyword ${k}, or its words within ${window} words.`,
  )
}

/**
 * The primary keyword appears in the title, the meta description, the first 100 words and at least
 * one H2 (errors), and in the meta title (a warning: search engines may rewrite it). "Appears" follows
 * `matchKeyword`: the exact phrase, or its content words close together in any form. Without a
 * keyword none of this can be checked, which is an error.
 */
export const checkKeywordPlacement = (
  article: GateArticle,
  primaryKeyword: null | string | undefined,
): CheckResult[] => {
  const keyword = primaryKeyword?.trim() ?? ''
  if (!wordsOf(keyword).length) {
    return [
      result(
        { id: 'primary-keyword', label: 'Primary keyword', path: 'brief' },
        false,
        '',
        'The article has no primary keyword; link it to a brief that has one.',
      ),
    ]
  }
  const opening = firstWords(articlePlainText(article, ['introduction', 'body']), OPENING_WORDS)
  return [
    placeCheck(
      {
        id: 'keyword-in-title',
        label: 'Keyword in title',
        path: 'title',
        place: named('The title', article.title),
      },
      article.title,
      keyword,
    ),
    placeCheck(
      {
        id: 'keyword-in-meta-title',
        label: 'Keyword in meta title',
        path: 'meta.title',
        place: named('The meta title', article.meta?.title),
        severity: 'warning',
      },
      article.meta?.title,
      keyword,
    ),
    placeCheck(
      {
        id: 'keyword-in-meta-description',
        label: 'Keyword in meta description',
        path: 'meta.description',
        place: 'The meta description',
      },
      article.meta?.description,
      keyword,
    ),
    placeCheck(
      {
        id: 'keyword-in-opening',
        label: `Keyword in first ${OPENING_WORDS} words`,
        path: 'introduction',
        place: `The first ${OPENING_WORDS} words of the introduction (then body)`,
      },
      opening,
      keyword,
    ),
    h2Check(article, keyword),
  ]
}
