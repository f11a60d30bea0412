import type { ComponentProps } from 'react'

import { RichText } from '@payloadcms/richtext-lexical/react'

import type { ArticleJsxConvertersOptions } from './articleJsxConverters.js'

import { articleJsxConverters } from './articleJsxConverters.js'
import { codeBlockLanguages } from './codeBlock.js'
import { headingAnchors } from './headingAnchors.js'
import { loadCodeLanguages } from './highlight/codeHighlighter.js'

export type ArticleRichTextProps = {
  /** Class of the wrapping `<div>`. @default 'payload-richtext' */
  className?: string
  /** A Lexical value (`introduction`, `body`, `conclusion`); anything else renders nothing. */
  data: unknown
} & ArticleJsxConvertersOptions

type EditorState = ComponentProps<typeof RichText>['data']

const isEditorState = (value: unknown): value is EditorState => {
  const root = value && typeof value === 'object' ? (value as { root?: { children?: unknown } }).root : undefined
  return Boolean(root && Array.isArray(root.children))
}

/**
 * One rich-text part of an article (async server component). Loads the grammars its code blocks
 * need, then renders: headings carry ids (`headingIds`, or slugs of their text), code is
 * highlighted, alignment from the editor is dropped (the site's CSS owns it) and headings are not
 * indented, so `afterHeading` content sits right below them.
 */
export const ArticleRichText = async ({ className, data, headingIds, ...options }: ArticleRichTextProps) => {
  if (!isEditorState(data)) return null
  await loadCodeLanguages(codeBlockLanguages(data))
  return (
    <RichText
      className={className}
      converters={articleJsxConverters({ ...options, headingIds: headingIds ?? headingAnchors([data])[0]!.map((h) => h.id) })}
      data={data}
      disableIndent={['heading']}
      disableTextAlign
    />
  )
}
