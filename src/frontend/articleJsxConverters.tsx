import type { JSXConverter, JSXConverters, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'

import type { ArticlePath } from './articlePath.js'

import { lexicalPlainText } from '../gate/lexicalText.js'
import { defaultArticlePath } from './articlePath.js'
import { CODE_BLOCK_SLUG } from './codeBlock.js'
import { ArticleCodeBlock } from './ArticleCodeBlock.js'
import { createHeadingSlugger } from './headingAnchors.js'
import { renderedTarget } from './linkRule.js'
import { safeHref } from './safeHref.js'

/** The parts of serialized nodes these converters read; Lexical stores more. */
type ElementNode = { children?: unknown[]; type: string }
type HeadingNode = ElementNode & { tag?: string }
type LinkNode = ElementNode & {
  fields?: { doc?: { relationTo?: string; value?: unknown } | null; linkType?: string; newTab?: boolean; url?: string }
}
type CodeNode = { fields?: { code?: unknown; language?: unknown } }

export type HeadingInfo = { id: string; level: number; text: string }

/** Resolves an internal link (`fields.doc`) to an href; undefined renders the text unlinked. */
export type InternalDocToHref = (doc: { relationTo?: string; value?: unknown }) => string | undefined

export type ArticleJsxConvertersOptions = {
  /** Rendered right after each heading, e.g. the figures and links placed under it. */
  afterHeading?: (heading: HeadingInfo) => ReactNode
  /** @default (article) => `/articles/${article.slug}` */
  articlePath?: ArticlePath
  /** Slug of the article collection; internal links to it use `articlePath`. @default 'articles' */
  articlesCollection?: string
  /**
   * Ids of this value's headings in document order (`headingAnchors`); a heading without one gets
   * the slug of its text, unique within this value.
   */
  headingIds?: readonly string[]
  /** Replaces the default internal-link resolution (published articles only). */
  internalDocToHref?: InternalDocToHref
}

const headingLevels = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

const nodes = (node: ElementNode) => (Array.isArray(node.children) ? node.children : []) as never[]

/**
 * JSX converters for article rich text: headings with stable ids (for the table of contents), the
 * code block highlighted on the server (`ArticleCodeBlock`; load its grammars first), links
 * only to safe URLs and published articles, H1 demoted (the title is the page's H1), and unknown
 * nodes rendered as their text — never as raw HTML.
 */
export const articleJsxConverters = ({
  afterHeading,
  articlePath = defaultArticlePath,
  articlesCollection = 'articles',
  headingIds,
  internalDocToHref,
}: ArticleJsxConvertersOptions = {}): JSXConvertersFunction => {
  const internalHref: InternalDocToHref =
    internalDocToHref ??
    ((doc) => {
      const target = doc.relationTo === articlesCollection ? renderedTarget('richText', doc.value) : undefined
      return target ? articlePath(target) : undefined
    })

  const link: JSXConverter<LinkNode> = ({ node, nodesToJSX }) => {
    const children = nodesToJSX({ nodes: nodes(node) })
    const fields = node.fields ?? {}
    const href = fields.linkType === 'internal' ? (fields.doc ? internalHref(fields.doc) : undefined) : safeHref(fields.url)
    if (!href) return <>{children}</>
    return fields.newTab ? (
      <a href={href} rel="noopener noreferrer" target="_blank">
        {children}
      </a>
    ) : (
      <a href={href}>{children}</a>
    )
  }

  // Made per conversion: ids are handed out in document order, and a re-render starts over.
  const headingConverter = (): JSXConverter<HeadingNode> => {
    let index = 0
    const slug = createHeadingSlugger()
    return ({ node, nodesToJSX }) => {
      const Tag = (node.tag && headingLevels.has(node.tag) ? node.tag : 'h2') as 'h2'
      const text = lexicalPlainText({ root: { children: nodes(node) } })
      const id = headingIds?.[index] ?? slug(text)
      index += 1
      const rendered = <Tag id={id}>{nodesToJSX({ nodes: nodes(node) })}</Tag>
      const extra = afterHeading?.({ id, level: Number(Tag.slice(1)), text })
      return extra ? (
        <>
          {rendered}
          {extra}
        </>
      ) : (
        rendered
      )
    }
  }

  const code: JSXConverter<CodeNode> = ({ node }) => (
    <ArticleCodeBlock code={String(node.fields?.code ?? '')} language={node.fields?.language} />
  )

  // Default: "unknown node" text. Keep an unknown element's text, drop unknown leaves and blocks.
  const unknown: JSXConverter<ElementNode> = ({ node, nodesToJSX }) =>
    Array.isArray(node.children) ? <>{nodesToJSX({ nodes: nodes(node) })}</> : null

  return ({ defaultConverters }) =>
    ({
      ...defaultConverters,
      autolink: link,
      blocks: { [CODE_BLOCK_SLUG]: code },
      heading: headingConverter(),
      link,
      unknown,
    }) as JSXConverters
}
