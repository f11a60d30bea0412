/**
 * Slug of the article editor's code block (`CODE_BLOCK_SLUG` in src/lexical/articleEditor.ts), not
 * imported from there so a site's bundle stays free of the admin editor.
 */
export const CODE_BLOCK_SLUG = 'Code'

/** A `language-*` class name part: the stored language when it is a plain token, else `text`. */
export const codeLanguageClass = (language: unknown): string =>
  typeof language === 'string' && /^[a-z0-9][a-z0-9+#._-]*$/i.test(language) ? language.toLowerCase() : 'text'

type MaybeNode = { children?: unknown; fields?: { blockType?: unknown; language?: unknown }; type?: unknown }

const collect = (nodes: unknown, into: Set<string>) => {
  if (!Array.isArray(nodes)) return
  for (const node of nodes as MaybeNode[]) {
    if (!node || typeof node !== 'object') continue
    if (node.type === 'block' && node.fields?.blockType === CODE_BLOCK_SLUG) into.add(codeLanguageClass(node.fields.language))
    collect(node.children, into)
  }
}

/** The languages of every code block in these Lexical values, e.g. to load their grammars first. */
export const codeBlockLanguages = (...values: unknown[]): string[] => {
  const languages = new Set<string>()
  for (const value of values) {
    const root = value && typeof value === 'object' ? (value as { root?: { children?: unknown } }).root : undefined
    collect(root?.children, languages)
  }
  return [...languages]
}
