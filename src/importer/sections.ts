import { normalizeLabel } from './text.js'

export type SectionKey = 'articleBrief' | 'commonMistakes' | 'howToUse' | 'overview' | 'phase' | 'proTips'

/** Heading lines of a prompt kit page, matched whole (case, spacing and a trailing colon ignored). */
const headings: [SectionKey, RegExp][] = [
  ['overview', /^overview$/],
  ['howToUse', /^how to use (?:this|the) prompt kit$/],
  ['articleBrief', /^article brief$/],
  ['commonMistakes', /^common mistakes(?: to avoid)?$/],
  ['proTips', /^pro tips$/],
  // "Planning Phase", "Writing Phase", …: the prompts, which the brief does not need.
  ['phase', /^[a-z][a-z &/-]{0,40} phase$/],
]

const headingOf = (line: string): null | SectionKey => {
  if (!line) return null
  const label = normalizeLabel(line)
  return headings.find(([, pattern]) => pattern.test(label))?.[0] ?? null
}

export type PageSections = {
  /** Lines before the first heading: meta line, title, map sentence, back link. */
  header: string[]
  /** Lines under each heading up to the next one; the first occurrence of a heading wins. */
  sections: Partial<Record<SectionKey, string[]>>
}

/** Cut the page's lines into the header and its named sections. */
export const splitSections = (lines: string[]): PageSections => {
  const header: string[] = []
  const sections: PageSections['sections'] = {}
  let current = header
  for (const line of lines) {
    const key = headingOf(line)
    if (!key) {
      current.push(line)
      continue
    }
    // A repeated heading (say, a prompt titled "Overview") must not replace the real section.
    current = sections[key] ? [] : (sections[key] = [])
  }
  return { header, sections }
}
