/**
 * Words of a keyword or a text, in the form keyword matching compares them: lower case, punctuation
 * dropped, plural and -ing endings folded by a deliberately tiny stemmer (no dependency: the gate
 * only needs "pipelines" = "pipeline" and "testing" = "test", not a linguist's stemmer).
 */

/**
 * Words a keyword may leave out of the text: "ci vs cd python" is present in "CI or CD in Python?".
 * Short on purpose: every entry makes matching looser.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'for',
  'how',
  'in',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'versus',
  'vs',
  'what',
  'with',
])

/** A word of a text: its position in the (NFKC) text, as written, and the form compared. */
export type Word = { end: number; start: number; stem: string; written: string }

// Letters, marks and digits, with inner apostrophes ("don't") and trailing + or # ("c++", "c#").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*[+#]*/gu

const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u

/** The text as words are cut from it, so `start`/`end` index this string. */
export const comparableText = (text: null | string | undefined): string => (text ?? '').normalize('NFKC')

const endsWithDouble = (word: string) => word.length > 2 && word.at(-1) === word.at(-2)

/** "ies" → "y", "es" after s/x/z/ch/sh, else a final "s" (kept in "class", "status", "analysis"). */
const singular = (word: string): string => {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 4 && /(?:s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2)
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return word
  // "apis" and "gpus" are plurals; longer words in -us/-is are usually not ("status", "basis").
  return word.length > 4 && /(?:us|is)$/.test(word) ? word : word.slice(0, -1)
}

/** "testing" → "test", "running" → "run"; keeps short words whole ("thing", "sing"). */
const withoutIng = (word: string): string => {
  if (word.length < 6 || !word.endsWith('ing')) return word
  const base = word.slice(0, -3)
  // Doubled consonant before -ing ("running"), but "ll"/"ss" belong to the word ("falling", "passing").
  return endsWithDouble(base) && !/(?:ll|ss|zz)$/.test(base) ? base.slice(0, -1) : base
}

/**
 * The compared form of one lower-case word: singular, without -ing, without a final silent "e"
 * ("make", "making" and "makes" all become "mak"; "code" and "coding" become "cod").
 */
export const stem = (word: string): string => {
  const base = withoutIng(singular(word))
  return base.length > 3 && base.endsWith('e') ? base.slice(0, -1) : base
}

/** The words of `text` in order; apostrophes are dropped so "developer's" reads as "developers". */
export const wordsOf = (text: null | string | undefined): Word[] =>
  Array.from(comparableText(text).matchAll(WORD), (match) => {
    const written = match[0]
    const lower = written.toLocaleLowerCase('en').replace(/['’]/g, '')
    // "CDs", "PRs": an acronym's plural, too short for the general rule.
    const form = ACRONYM_PLURAL.test(written) ? lower.slice(0, -1) : stem(lower)
    return { end: match.index + written.length, start: match.index, stem: form, written }
  })

/** Lower-case form without stemming, for the exact-phrase comparison. */
export const plainForm = (word: Word): string => word.written.toLocaleLowerCase('en').replace(/['’]/g, '')
