import type { SearchIntent } from '../collections/briefs.js'

import { searchIntents } from '../collections/briefs.js'

export type PageHeader = {
  contentGroup: string
  /** The intent the page names, or null when it names none. */
  searchIntent: null | SearchIntent
  title: string
  topicalMap: string
  wordTarget: null | number
}

const intentWord = `(${searchIntents.join('|')})`
const leadingIntent = new RegExp(`^${intentWord}\\b`, 'i')
// "Informational 900 words 12 prompts ready Updated 05 Apr 2026"
const metaLine = new RegExp(`^${intentWord}\\b|\\b\\d[\\d,.]*\\s*words\\b|\\bprompts? ready\\b`, 'i')
const wordCount = /\b(\d{1,3}(?:[,.]\d{3})+|\d+)\s*words\b/i
// "Informational article in the <MAP> topical map — <GROUP> content group. …"
const mapName = /\bin the (.+?) topical map\b/i
const groupName = /\btopical map\s*[—–:,-]+\s*(?:the\s+)?(.+?) content group\b/i
const sentenceIntent = new RegExp(`^${intentWord} article in the\\b`, 'i')
// "← Back to <MAP> 12 Prompts • 4 Phases"
const backLink = /^(?:←|<-|&larr;|‹|«)?\s*back to\s+(.+?)(?:\s+\d+\s+prompts?\b.*)?$/i

// A title is a heading, not a paragraph: a long first line is prose, not a title.
const MAX_TITLE_LENGTH = 200

const parseWordCount = (line: string): null | number => {
  const match = wordCount.exec(line)
  if (!match) return null
  const value = Number(match[1].replace(/[,.]/g, ''))
  return Number.isInteger(value) && value > 0 ? value : null
}

/** Read the lines above the first section: meta line, title, map sentence and back link. */
export const parseHeader = (lines: string[]): PageHeader => {
  const filled = lines.filter(Boolean)
  const meta = filled[0] && metaLine.test(filled[0]) ? filled[0] : ''
  const sentence =
    filled.find((line) => mapName.test(line)) ?? filled.find((line) => sentenceIntent.test(line)) ?? ''
  const backTo = filled.map((line) => backLink.exec(line)?.[1]).find(Boolean)
  const title = filled.find(
    (line) => line !== meta && line !== sentence && !backLink.test(line) && line.length <= MAX_TITLE_LENGTH,
  )
  const intent = leadingIntent.exec(meta)?.[1] ?? sentenceIntent.exec(sentence)?.[1]

  return {
    contentGroup: groupName.exec(sentence)?.[1].trim() ?? '',
    searchIntent: intent ? (intent.toLowerCase() as SearchIntent) : null,
    title: title ?? '',
    topicalMap: (mapName.exec(sentence)?.[1] ?? backTo ?? '').trim(),
    wordTarget: meta ? parseWordCount(meta) : null,
  }
}
