/*
 * How a target is stated, to the model and in the schema descriptions. A schema file builds each target
 * once with these helpers and exports it; its description and the default kit's template both use that
 * export, so the two cannot state different targets (issue 17).
 */

/** Characters an English word takes at most, space included, when a word target meets a character limit. */
export const charsPerWordAtMost = 7

/** `5` or `8–12`. */
export const span = (low: number, high: number): string => (low === high ? `${low}` : `${low}–${high}`)

/** "55–60 characters". */
export const charRange = (low: number, high: number): string => `${span(low, high)} characters`

/** "at most 280 characters". */
export const atMostChars = (max: number): string => `at most ${max} characters`

/** "150–200 words". */
export const wordRange = (low: number, high: number): string => `${span(low, high)} words`

/**
 * A platform limit in the unit that is enforced, with the words it holds: "at most 500 characters (about
 * 60–70 words)". The top of the word range fits the limit at `charsPerWordAtMost` characters a word.
 */
export const atMostCharsInWords = (max: number): string => {
  const high = Math.floor(max / charsPerWordAtMost / 5) * 5
  return `${atMostChars(max)} (about ${wordRange(Math.max(high - 10, 5), high)})`
}

/** A word target under a platform's character limit: "150–200 words (at most 3000 characters)". */
export const wordsWithin = (low: number, high: number, maxChars: number): string =>
  `${wordRange(low, high)} (${atMostChars(maxChars)})`
