import type { DefaultTypedEditorState } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

import { convertMarkdownToLexical } from '@payloadcms/richtext-lexical'

import { articleEditorConfig } from './markdown/articleEditorConfig.js'
import { patchLexical } from './markdown/patchLexical.js'
import { prepareMarkdown } from './markdown/prepareMarkdown.js'

/**
 * Model markdown → Lexical state for an article rich-text field: cleaned first (wrapper, raw HTML, fence
 * languages), converted with the article editor, then patched (H1s, code languages).
 */
export const markdownToLexical = async (
  markdown: string,
  config: SanitizedConfig,
): Promise<{ state: DefaultTypedEditorState; warnings: string[] }> => {
  const prepared = prepareMarkdown(markdown)
  const editorConfig = await articleEditorConfig(config)
  const state = convertMarkdownToLexical({ editorConfig, markdown: prepared.markdown })
  const warnings = [...prepared.warnings, ...patchLexical(state.root)]
  return { state, warnings }
}
