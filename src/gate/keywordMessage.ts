import type { KeywordMatch } from './keyword.js'

/** "a", "a" and "b", "a", "b" and "c" (each quoted). */
const quotedList = (words: string[]): string => {
  const quoted = words.map((word) => `"${word}"`)
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`
}

/**
 * One sentence on how `place` ("The title", "An H2") matched the keyword `quotedKeyword`, or why not:
 * which content words are missing, or that they are too far apart. Says what counts, so an editor
 * (or a model refining the text) knows what to change.
 */
export const describeKeywordMatch = (place: string, quotedKeyword: string, match: KeywordMatch): string => {
  if (match.found) {
    return match.kind === 'exact'
      ? `${place} contains the primary keyword ${quotedKeyword}.`
      : `${place} contains the words of the primary keyword ${quotedKeyword} ("${match.matched}").`
  }
  const why = match.missing.length
    ? `${quotedList(match.missing)} ${match.missing.length === 1 ? 'is' : 'are'} missing`
    : `its words are more than ${match.window} words apart`
  return (
    `${place} does not contain the primary keyword ${quotedKeyword}: ${why}. ` +
    `Use the keyword, or its words in any order within ${match.window} words ("vs", "for", "the"… optional).`
  )
}
