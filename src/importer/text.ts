/**
 * Text helpers for pasted web pages: copy-paste brings CRLF, tabs, non-breaking spaces and
 * ragged indentation, so everything downstream works on trimmed lines.
 */

/** The page as trimmed lines; blank lines are kept (as '') because they separate paragraphs. */
export const toLines = (text: string): string[] =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())

/** Consecutive non-blank lines joined with a space; one entry per paragraph. */
export const paragraphs = (lines: string[]): string[] => {
  const result: string[] = []
  let current: string[] = []
  for (const line of [...lines, '']) {
    if (line) {
      current.push(line)
    } else if (current.length) {
      result.push(current.join(' '))
      current = []
    }
  }
  return result
}

// `•` and friends may touch the text; ASCII markers need a space so "-v" or "*args" stay text.
const bulletPattern = /^(?:[•·▪●◦‣∙○■□➤►✓✔]\s*|[-*+–—]\s+)(.*)$/

/** The text of a bulleted line, or null when the line is not a bullet. */
export const bulletText = (line: string): null | string => {
  const match = bulletPattern.exec(line)
  return match ? match[1].trim() : null
}

/**
 * Items of a bullet list. A line without a marker continues the previous bullet (wrapped text);
 * a list with no markers at all is read as one item per line.
 */
export const listItems = (lines: string[]): string[] => {
  const hasBullets = lines.some((line) => bulletText(line) !== null)
  if (!hasBullets) return lines.filter(Boolean)
  const items: string[] = []
  for (const line of lines) {
    if (!line) continue
    const text = bulletText(line)
    if (text !== null) {
      if (text) items.push(text)
    } else if (items.length) {
      items[items.length - 1] = `${items[items.length - 1]} ${line}`
    }
  }
  return items
}

/** Case, spacing and trailing punctuation do not matter when comparing two labels. */
export const sameText = (a: string, b: string): boolean => normalizeLabel(a) === normalizeLabel(b)

export const normalizeLabel = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s:.]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
