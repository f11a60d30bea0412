/** Case- and whitespace-insensitive form of a text, for keyword matching. */
export const normalizeText = (text: null | string | undefined): string =>
  (text ?? '').normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim()

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Whether `text` contains `keyword` as whole words ("ci" is not found in "decision"), ignoring case
 * and runs of whitespace. An empty keyword is never found.
 */
export const containsKeyword = (
  text: null | string | undefined,
  keyword: null | string | undefined,
): boolean => {
  const needle = normalizeText(keyword)
  if (!needle) return false
  // Letters and digits on either side would make the match part of a longer word.
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'u').test(
    normalizeText(text),
  )
}

/** The first `count` words of `text` (split on whitespace), joined by single spaces. */
export const firstWords = (text: string, count: number): string =>
  text.split(/\s+/).filter(Boolean).slice(0, count).join(' ')
