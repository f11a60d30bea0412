import type { ParsedPromptKitPage, ParseResult } from './types.js'

import { parseBriefSection } from './briefSection.js'
import { parseHeader } from './headerSection.js'
import { findPillarTitle } from './pillarTitle.js'
import { splitSections } from './sections.js'
import { listItems, paragraphs, toLines } from './text.js'

export type { ParsedPromptKitPage, ParseResult } from './types.js'

/**
 * Read a prompt kit web page pasted as text into the fields of a brief. Pure: no I/O. Fails,
 * naming what it could not find, when the title, primary keyword or topical map is missing.
 */
export const parsePromptKitPage = (text: string): ParseResult => {
  const { header: headerLines, sections } = splitSections(toLines(text))
  const header = parseHeader(headerLines)
  const brief = parseBriefSection(sections.articleBrief ?? [], header)

  const page: ParsedPromptKitPage = {
    angle: brief.angle,
    audience: brief.audience,
    commonMistakes: listItems(sections.commonMistakes ?? []),
    contentGroup: brief.contentGroup || header.contentGroup,
    overview: paragraphs(sections.overview ?? []).join('\n\n'),
    pillarTitle: findPillarTitle(text),
    primaryKeyword: brief.primaryKeyword,
    proTips: listItems(sections.proTips ?? []),
    searchIntent: header.searchIntent ?? 'informational',
    secondaryKeywords: brief.secondaryKeywords,
    // The brief's own title line is the article's title; the page heading is the fallback.
    title: brief.title || header.title,
    tone: brief.tone,
    topicalMap: header.topicalMap,
    wordTarget: header.wordTarget,
  }

  const missing = (
    [
      ['title', page.title],
      ['primary keyword', page.primaryKeyword],
      ['topical map', page.topicalMap],
    ] as const
  )
    .filter(([, value]) => !value)
    .map(([name]) => name)
  return missing.length ? { missing, ok: false } : { ok: true, page }
}
