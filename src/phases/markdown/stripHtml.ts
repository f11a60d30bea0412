/*
 * Raw HTML in generated markdown is dropped: Lexical's markdown importer keeps it as literal text, and
 * an article must never carry markup from the model. Only known HTML element names count as tags, so
 * placeholders such as <your-api-key> and comparisons such as "a < b" stay as written.
 */

/** Elements whose content is not prose: removed with everything inside them. */
const dropWithContent = [
  'applet', 'embed', 'frame', 'frameset', 'head', 'iframe', 'math', 'noembed', 'noframes', 'noscript',
  'object', 'script', 'select', 'style', 'svg', 'template', 'textarea', 'title', 'xmp',
]

/** Elements whose tags are removed and whose text is kept (`<b>bold</b>` → `bold`). */
const unwrap = [
  'a', 'abbr', 'address', 'area', 'article', 'aside', 'audio', 'b', 'base', 'basefont', 'bdi', 'bdo',
  'big', 'blink', 'blockquote', 'body', 'br', 'button', 'canvas', 'caption', 'center', 'cite', 'code',
  'col', 'colgroup', 'data', 'datalist', 'dd', 'del', 'details', 'dfn', 'dialog', 'dir', 'div', 'dl',
  'dt', 'em', 'fieldset', 'figcaption', 'figure', 'font', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'i', 'img', 'input', 'ins', 'kbd', 'label', 'legend',
  'li', 'link', 'main', 'map', 'mark', 'marquee', 'menu', 'meta', 'meter', 'nav', 'nobr', 'ol',
  'optgroup', 'option', 'output', 'p', 'param', 'picture', 'pre', 'progress', 'q', 'rp', 'rt', 'ruby',
  's', 'samp', 'search', 'section', 'slot', 'small', 'source', 'span', 'strike', 'strong', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'track', 'tt', 'u',
  'ul', 'var', 'video', 'wbr',
]

const names = (list: string[]) => list.join('|')
// Attribute values may hold '>' and span lines.
const attributes = `(?:[^>"']|"[^"]*"|'[^']*')*`

const comment = /<!--[\s\S]*?(?:-->|$)/g
const declaration = /<![^>]*>|<\?[\s\S]*?\?>/g
const selfClosingDropped = new RegExp(`<(?:${names(dropWithContent)})(?=[\\s/>])${attributes}/>`, 'gi')
// An unclosed element ends at the paragraph, so a stray <script> cannot swallow the rest of the text.
const droppedElement = new RegExp(
  `<(${names(dropWithContent)})(?=[\\s/>])${attributes}>[\\s\\S]*?(?:</\\1\\s*>|(?=\\n[ \\t]*\\n)|$)`,
  'gi',
)
const strayClosingDropped = new RegExp(`</(?:${names(dropWithContent)})\\s*>`, 'gi')
const lineBreakTag = new RegExp(`</?(?:br|hr)(?=[\\s/>])${attributes}>`, 'gi')
const otherTag = new RegExp(`</?(?:${names(unwrap)})(?=[\\s/>])${attributes}>`, 'gi')

const autolink = /<((?:https?:\/\/|mailto:)[^\s<>]+)>/gi
// One line at most: a backtick run opens a span only if the same run closes it.
const codeSpan = /(?<!`)(`+)(?!`)[^\n]*?[^`\n]\1(?!`)/g

/**
 * Remove HTML comments, declarations and tags from prose, keeping inline code spans intact (they are
 * code text). `<https://…>` autolinks, which the importer does not read, become markdown links.
 */
export const stripHtml = (prose: string): { removed: boolean; text: string } => {
  const held: string[] = []
  const hold = (span: string) => `\u0000${held.push(span) - 1}\u0000`
  const input = prose
    .replace(/\u0000/g, '')
    .replace(codeSpan, hold)
    .replace(autolink, (_, url: string) => hold(`[${url}](${url})`))

  let text = input
    .replace(comment, '')
    .replace(declaration, '')
    .replace(selfClosingDropped, '')
    .replace(droppedElement, '')
    .replace(strayClosingDropped, '')
    .replace(lineBreakTag, '\n')
    .replace(otherTag, '')
  const removed = text !== input
  // Removed tags leave double spaces and blank runs behind; one blank line separates blocks.
  if (removed) text = text.replace(/(\S)[ \t]{2,}(?=\S)/g, '$1 ').replace(/^[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n')

  return { removed, text: text.replace(/\u0000(\d+)\u0000/g, (_, index: string) => held[Number(index)]!) }
}
