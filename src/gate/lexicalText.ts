import type { LinkTarget } from './types.js'

type LexicalNode = {
  children?: unknown[]
  fields?: { doc?: unknown; linkType?: unknown } | null
  tag?: unknown
  text?: unknown
  type?: unknown
}

export type LexicalHeading = { level: number; text: string }

const asNode = (value: unknown): LexicalNode | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as LexicalNode) : undefined

/** Top-level nodes of a Lexical value (`{ root: { children } }`); anything else has none. */
const rootChildren = (value: unknown): unknown[] => {
  const children = asNode((asNode(value) as { root?: unknown } | undefined)?.root)?.children
  return Array.isArray(children) ? children : []
}

/** Depth-first, document order. */
const walk = (nodes: unknown[], visit: (node: LexicalNode) => void) => {
  for (const item of nodes) {
    const node = asNode(item)
    if (!node) continue
    visit(node)
    if (Array.isArray(node.children)) walk(node.children, visit)
  }
}

const textOfNodes = (nodes: unknown[]): string => {
  const parts: string[] = []
  for (const item of nodes) {
    const node = asNode(item)
    if (!node) continue
    // Blocks (code) are not prose: they never count as words or heading text.
    if (node.type === 'block' || node.type === 'inlineBlock') continue
    if (typeof node.text === 'string') parts.push(node.text)
    else if (node.type === 'linebreak' || node.type === 'tab') parts.push(' ')
    if (Array.isArray(node.children)) {
      const inner = textOfNodes(node.children)
      // Element nodes (paragraphs, list items) are separate runs of text; inline ones (links) are not.
      parts.push(node.type === 'link' || node.type === 'autolink' ? inner : ` ${inner} `)
    }
  }
  return parts.join('')
}

/** Plain text of a Lexical value, whitespace collapsed; code blocks are left out. */
export const lexicalPlainText = (value: unknown): string =>
  textOfNodes(rootChildren(value)).replace(/\s+/g, ' ').trim()

/** Every heading, in document order, with its level (h1 → 1) and plain text. */
export const lexicalHeadings = (value: unknown): LexicalHeading[] => {
  const headings: LexicalHeading[] = []
  walk(rootChildren(value), (node) => {
    const match = node.type === 'heading' && typeof node.tag === 'string' ? /^h([1-6])$/.exec(node.tag) : null
    if (match)
      headings.push({
        level: Number(match[1]),
        text: lexicalPlainText({ root: { children: node.children ?? [] } }),
      })
  })
  return headings
}

const idOf = (value: unknown): number | string | undefined => {
  const ref = asNode(value) ? (value as { id?: unknown }).id : value
  return typeof ref === 'string' || typeof ref === 'number' ? ref : undefined
}

/** An internal link of the rich text; `target` is missing when the link points at nothing. */
export type RichTextLink = { target?: LinkTarget; text: string }

/** The rich text's internal links (Lexical LinkFeature, `linkType: 'internal'`), in document order. */
export const lexicalInternalLinks = (value: unknown): RichTextLink[] => {
  const links: RichTextLink[] = []
  walk(rootChildren(value), (node) => {
    if ((node.type !== 'link' && node.type !== 'autolink') || node.fields?.linkType !== 'internal') return
    const doc = asNode(node.fields.doc) as { relationTo?: unknown; value?: unknown } | undefined
    const id = idOf(doc?.value)
    const text = lexicalPlainText({ root: { children: node.children ?? [] } })
    links.push(
      typeof doc?.relationTo === 'string' && id !== undefined
        ? { target: { collection: doc.relationTo, id }, text }
        : { text },
    )
  })
  return links
}
