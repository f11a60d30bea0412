import { gateTextParts } from '../gate/articleText.js'
import { lexicalPlainText } from '../gate/lexicalText.js'

/** A run of the article's text and the heading it sits under (none before the first heading). */
export type TextSection = { heading?: string; text: string }

type TopNode = { tag?: unknown; type?: unknown }

const topNodes = (value: unknown): unknown[] => {
  const children = (value as { root?: { children?: unknown } } | null | undefined)?.root?.children
  return Array.isArray(children) ? children : []
}

/**
 * The article's prose (introduction, body, conclusion) split at its headings, in page order. Code
 * blocks are left out: a link anchor belongs in a sentence.
 */
export const articleSections = (article: Record<string, unknown>): TextSection[] => {
  const sections: TextSection[] = [{ text: '' }]
  for (const part of gateTextParts) {
    for (const node of topNodes(article[part])) {
      const text = lexicalPlainText({ root: { children: [node] } })
      if ((node as TopNode)?.type === 'heading') sections.push({ heading: text, text: '' })
      else if (text) sections.at(-1)!.text = `${sections.at(-1)!.text} ${text}`.trim()
    }
  }
  return sections.filter((section) => section.text)
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Where `phrase` occurs in the sections' text: the text's own spelling of it and its heading. */
export type FoundAnchor = { anchorText: string; heading?: string }

/**
 * The phrase as it stands in the article (whitespace collapsed; letter case as in the text), or
 * undefined when it is not there word for word: an anchor the model made up is never proposed.
 */
export const findAnchor = (sections: TextSection[], phrase: string): FoundAnchor | undefined => {
  const wanted = collapse(phrase).replace(/^["'“‘]+|["'”’.,;:!?]+$/g, '')
  if (wanted.length < 3) return undefined
  for (const section of sections) {
    const index = section.text.toLowerCase().indexOf(wanted.toLowerCase())
    if (index >= 0) {
      const anchorText = section.text.slice(index, index + wanted.length)
      return section.heading ? { anchorText, heading: section.heading } : { anchorText }
    }
  }
  return undefined
}

/** The sections as prompt text: "## heading" lines above their text, at most `maxChars` characters. */
export const sectionsText = (sections: TextSection[], maxChars = 24_000): string =>
  sections
    .map((section) => (section.heading ? `## ${section.heading}\n${section.text}` : section.text))
    .join('\n\n')
    .slice(0, maxChars)
