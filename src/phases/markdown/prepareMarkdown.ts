import { fenceLanguageName, toCodeLanguage } from './codeLanguage.js'
import { splitFences } from './fencedSegments.js'
import { stripHtml } from './stripHtml.js'
import { unwrapMarkdownFence } from './unwrapMarkdownFence.js'

/**
 * Clean model markdown before Lexical imports it: unwrap a ```markdown wrapper, drop raw HTML outside
 * code, and rewrite every fence as ```<language> with a language the code block offers. An explicit
 * language matters: the importer turns a one-line fence without one into `undefined<code>`.
 */
export const prepareMarkdown = (input: string): { markdown: string; warnings: string[] } => {
  const warnings: string[] = []
  let htmlRemoved = false

  const parts = splitFences(unwrapMarkdownFence(input.replace(/\r\n?/g, '\n'))).flatMap((segment) => {
    if (segment.kind === 'prose') {
      const { removed, text } = stripHtml(segment.text)
      htmlRemoved ||= removed
      return [text]
    }
    // An empty block would save as an empty, useless code block.
    if (segment.code.trim() === '') return []
    const { known, language } = toCodeLanguage(segment.info)
    if (!known) warnings.push(`code language "${fenceLanguageName(segment.info)}" is not offered: stored as ${language}`)
    return [`\`\`\`${language}\n${segment.code}\n\`\`\``]
  })

  if (htmlRemoved) warnings.push('raw HTML removed from the markdown')
  return { markdown: parts.join('\n').trim(), warnings }
}
