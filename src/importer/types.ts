import type { SearchIntent } from '../collections/briefs.js'

/** What a prompt kit web page says about one article, ready to become a brief. */
export type ParsedPromptKitPage = {
  angle: string
  audience: string
  commonMistakes: string[]
  contentGroup: string
  /** The Overview paragraphs, separated by blank lines. */
  overview: string
  /** The pillar article the page links to, when it names one. */
  pillarTitle: null | string
  primaryKeyword: string
  proTips: string[]
  searchIntent: SearchIntent
  secondaryKeywords: string[]
  title: string
  tone: string
  topicalMap: string
  wordTarget: null | number
}

export type ParseResult =
  | { missing: string[]; ok: false }
  | { ok: true; page: ParsedPromptKitPage }
