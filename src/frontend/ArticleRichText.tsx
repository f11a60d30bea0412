import type { ComponentProps } from 'react'

import { RichText } from '@payloadcms/richtext-lexical/react'

import type { ArticleJsxConvertersOptions } from './articleJsxConverters.js'

import { articleJsxConverters } from './articleJsxConverters.js'

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
 * One rich-text part of an article (server component). Alignment from the editor is dropped (the
 * site's CSS owns it) and headings are not indented, so `afterHeading` content sits right below them.
 */
export const ArticleRichText = ({ className, data, ...options }: ArticleRichTextProps) =>
  isEditorState(data) ? (
    <RichText
      className={className}
      converters={articleJsxConverters(options)}
      data={data}
      disableIndent={['heading']}
      disableTextAlign
    />
  ) : null
