import type { Word } from './keywordWords.js'

import { comparableText, FUNCTION_WORDS, plainForm, wordsOf } from './keywordWords.js'

/**
 * How a keyword was found in a text. `exact`: its words in order, side by side (case, punctuation and
 * whitespace aside). `words`: its content words, in any order and in plural or -ing form, within
 * `window` words of the text. `none`: `missing` lists content words absent from the text; when it is
 * empty, they are all there but further apart than `window` words.
 */
export type KeywordMatch =
  | { found: false; kind: 'none'; missing: string[]; window: number }
  | { found: true; kind: 'exact' | 'words'; matched: string }

/** Words a `words` match may span beyond the keyword's own word count. */
export const KEYWORD_WINDOW_SLACK = 3

const rank = { exact: 2, none: 0, words: 1 } as const

/** Where the keyword's words appear in order and adjacent, or -1. */
const exactStart = (text: Word[], keyword: Word[]): number => {
  const wanted = keyword.map(plainForm)
  for (let start = 0; start + wanted.length <= text.length; start++) {
    if (wanted.every((word, offset) => plainForm(text[start + offset]!) === word)) return start
  }
  return -1
}

/** How often each stem occurs ("step by step" needs "step" twice). */
const neededStems = (words: Word[]): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const word of words) counts.set(word.stem, (counts.get(word.stem) ?? 0) + 1)
  return counts
}

/** The shortest run of `text` holding every needed stem (as often as needed): [first, last] or null. */
const shortestCover = (text: Word[], needed: Map<string, number>): [number, number] | null => {
  const seen = new Map<string, number>()
  let satisfied = 0
  let best: [number, number] | null = null
  let left = 0
  for (let right = 0; right < text.length; right++) {
    const stem = text[right]!.stem
    const want = needed.get(stem)
    if (want === undefined) continue
    seen.set(stem, (seen.get(stem) ?? 0) + 1)
    if (seen.get(stem) === want) satisfied++
    while (satisfied === needed.size) {
      if (!best || right - left < best[1] - best[0]) best = [left, right]
      const dropped = text[left++]!.stem
      const count = seen.get(dropped)
      if (count === undefined) continue
      seen.set(dropped, count - 1)
      if (count === needed.get(dropped)) satisfied--
    }
  }
  return best
}

/**
 * Whether `text` contains `keyword`, and how (see `KeywordMatch` and the README's "Keyword
 * matching"). Function words ("vs", "for", "the"…) are optional unless the keyword has nothing else.
 * An empty keyword is never found.
 */
export const matchKeyword = (
  text: null | string | undefined,
  keyword: null | string | undefined,
): KeywordMatch => {
  const keywordWords = wordsOf(keyword)
  const window = keywordWords.length + KEYWORD_WINDOW_SLACK
  if (!keywordWords.length) return { found: false, kind: 'none', missing: [], window }
  const source = comparableText(text)
  const textWords = wordsOf(text)
  const span = (first: number, last: number) => source.slice(textWords[first]!.start, textWords[last]!.end)

  const start = exactStart(textWords, keywordWords)
  if (start >= 0) return { found: true, kind: 'exact', matched: span(start, start + keywordWords.length - 1) }

  const contentWords = keywordWords.filter((word) => !FUNCTION_WORDS.has(plainForm(word)))
  const content = contentWords.length ? contentWords : keywordWords
  const needed = neededStems(content)
  const inText = neededStems(textWords)
  const missing = [
    ...new Set(content.filter((w) => (inText.get(w.stem) ?? 0) < needed.get(w.stem)!).map(plainForm)),
  ]
  if (missing.length) return { found: false, kind: 'none', missing, window }

  const cover = shortestCover(textWords, needed)
  if (cover && cover[1] - cover[0] + 1 <= window) {
    return { found: true, kind: 'words', matched: span(cover[0], cover[1]) }
  }
  return { found: false, kind: 'none', missing: [], window }
}

/**
 * The best match of `keyword` among `texts` (an exact phrase beats scattered words) and the index of
 * the text it is in; -1 and the first text's (or an empty text's) failure when none contains it.
 */
export const bestKeywordMatch = (
  texts: ReadonlyArray<null | string | undefined>,
  keyword: null | string | undefined,
): { index: number; match: KeywordMatch } => {
  const matches = texts.map((text) => matchKeyword(text, keyword))
  let index = -1
  matches.forEach((match, i) => {
    if (match.found && (index < 0 || rank[match.kind] > rank[matches[index]!.kind])) index = i
  })
  return { index, match: matches[index < 0 ? 0 : index] ?? matchKeyword('', keyword) }
}

/** Whether `text` contains `keyword` by the rules of `matchKeyword`. */
export const containsKeyword = (
  text: null | string | undefined,
  keyword: null | string | undefined,
): boolean => matchKeyword(text, keyword).found

/** The first `count` words of `text` (split on whitespace), joined by single spaces. */
export const firstWords = (text: string, count: number): string =>
  text.split(/\s+/).filter(Boolean).slice(0, count).join(' ')
