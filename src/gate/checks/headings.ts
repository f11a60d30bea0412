import type { CheckResult, GateArticle } from '../types.js'

import { articleHeadings } from '../articleText.js'
import { listSome, quote, result } from './result.js'

/** The article title is the page's H1, so the text must not have another. */
export const checkSingleH1 = (article: GateArticle): CheckResult[] => {
  const base = { id: 'single-h1', label: 'Single H1' }
  const h1s = articleHeadings(article).filter((heading) => heading.level === 1)
  if (!article.title?.trim()) {
    return [result({ ...base, path: 'title' }, false, '', 'The article has no title, which is its only H1.')]
  }
  return [
    result(
      { ...base, path: h1s[0]?.part ?? 'title' },
      h1s.length === 0,
      'The title is the only H1.',
      `The title is the only H1, but the text has ${h1s.length} more: ${listSome(
        h1s.map((h) => `${quote(h.text)} in ${h.part}`),
      )}; make them H2.`,
    ),
  ]
}

/**
 * Headings descend one level at a time from the title (H1): an H3 needs an H2 before it, H2→H4 is a
 * skip. Going back up any number of levels is fine.
 */
export const checkHeadingLevels = (article: GateArticle): CheckResult[] => {
  const skips: Array<{ part: string; text: string }> = []
  let previous = 1
  for (const heading of articleHeadings(article)) {
    if (heading.level > previous + 1) {
      skips.push({
        part: heading.part,
        text: `H${previous}→H${heading.level} at ${quote(heading.text)} in ${heading.part}`,
      })
    }
    previous = heading.level
  }
  return [
    result(
      { id: 'heading-levels', label: 'Heading levels', path: skips[0]?.part },
      skips.length === 0,
      'No heading level is skipped.',
      `Heading levels are skipped: ${listSome(skips.map((s) => s.text))}.`,
    ),
  ]
}
