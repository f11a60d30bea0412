type Node = { children?: unknown[]; fields?: { code?: unknown } | null; text?: unknown; type?: unknown }

const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** Inline text of one Lexical block (paragraph, heading, list item, quote). */
const inlineText = (nodes: unknown[]): string =>
  nodes
    .map((item) => {
      if (!isObject(item)) return ''
      const node = item as Node
      if (typeof node.text === 'string') return node.text
      if (node.type === 'linebreak') return '\n'
      if (node.type === 'tab') return '\t'
      return Array.isArray(node.children) ? inlineText(node.children) : ''
    })
    .join('')

/** One line per block, lists flattened to one line per item, code blocks as their code. */
const blockLines = (nodes: unknown[]): string[] =>
  nodes.flatMap((item) => {
    if (!isObject(item)) return []
    const node = item as Node
    if (node.type === 'block' && typeof node.fields?.code === 'string') return [node.fields.code]
    if ((node.type === 'list' || node.type === 'root') && Array.isArray(node.children)) return blockLines(node.children)
    if (node.type === 'listitem' && Array.isArray(node.children) && node.children.some((c) => isObject(c) && c.type === 'list')) {
      return blockLines(node.children)
    }
    return [Array.isArray(node.children) ? inlineText(node.children) : typeof node.text === 'string' ? node.text : '']
  })

const isLexical = (value: unknown): value is { root: Node } => isObject(value) && isObject(value.root)

/**
 * What a person reads in a field value, for diffing an editor's text against a proposal: rich
 * text as paragraphs, strings as they are, arrays and groups (FAQ, meta) as `key: value` lines.
 */
export const plainText = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (isLexical(value)) return blockLines([value.root]).join('\n\n')
  if (Array.isArray(value)) return value.map(plainText).filter(Boolean).join('\n\n')
  if (isObject(value)) {
    return Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([key, inner]) => {
        const text = plainText(inner)
        return text ? `${key}: ${text}` : ''
      })
      .filter(Boolean)
      .join('\n')
  }
  return ''
}
