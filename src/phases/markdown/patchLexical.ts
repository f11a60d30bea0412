import { CODE_BLOCK_SLUG } from '../../lexical/articleEditor.js'
import { FALLBACK_LANGUAGE, isCodeLanguage } from './codeLanguage.js'

/** The parts of a serialized Lexical node the patches read; the rest is left untouched. */
type LooseNode = {
  children?: LooseNode[]
  fields?: { blockType?: string; language?: unknown }
  tag?: string
  type: string
}

/**
 * Fix what the importer gets wrong for an article: an H1 becomes an H2 (the title is the page's only
 * H1), and a code block whose language the select does not offer (e.g. "```npm i```", imported with
 * language '') falls back to `text`, which would otherwise fail validation on save. Mutates `root`.
 */
export const patchLexical = (root: { children: unknown[] }): string[] => {
  let demoted = 0
  const visit = (node: LooseNode) => {
    if (node.type === 'heading' && node.tag === 'h1') {
      node.tag = 'h2'
      demoted++
    }
    if (node.type === 'block' && node.fields?.blockType === CODE_BLOCK_SLUG && !isCodeLanguage(node.fields.language)) {
      node.fields.language = FALLBACK_LANGUAGE
    }
    node.children?.forEach(visit)
  }
  ;(root.children as LooseNode[]).forEach(visit)
  return demoted ? [`${demoted} H1 heading(s) demoted to H2: the title is the page's H1`] : []
}
