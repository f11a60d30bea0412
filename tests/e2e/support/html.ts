/** Small, careful HTML readers for the e2e checks (no HTML parser is installed). */

const entities: Record<string, string> = { amp: '&', apos: "'", gt: '>', lt: '<', nbsp: '\u00a0', quot: '"' }

export const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, code: string) => {
    if (code[0] === '#') {
      const point = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
      return String.fromCodePoint(point)
    }
    return entities[code.toLowerCase()] ?? match
  })

/** Attributes of one start tag (`<meta name="x" content="y"/>`), values decoded. */
const attributes = (tag: string): Record<string, string> => {
  const attrs: Record<string, string> = {}
  for (const [, name, value] of tag.matchAll(/([^\s"'=<>/]+)="([^"]*)"/g)) attrs[name!.toLowerCase()] = decodeEntities(value!)
  return attrs
}

const tags = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => attributes(m[0]))

/** `content` of every `<meta name|property="key">`. */
export const metaContents = (html: string, key: string): string[] =>
  tags(html, 'meta')
    .filter((attrs) => attrs.name === key || attrs.property === key)
    .map((attrs) => attrs.content ?? '')

/** The single `content` of a meta tag; throws when it is missing or repeated. */
export const metaContent = (html: string, key: string): string => {
  const found = metaContents(html, key)
  if (found.length !== 1) throw new Error(`expected one <meta> "${key}", found ${found.length}`)
  return found[0]!
}

export const linkHrefs = (html: string, rel: string): string[] =>
  tags(html, 'link')
    .filter((attrs) => attrs.rel === rel)
    .map((attrs) => attrs.href ?? '')

export const titles = (html: string): string[] => [...html.matchAll(/<title>([\s\S]*?)<\/title>/gi)].map((m) => decodeEntities(m[1]!))

/** Text of elements matched by an opening-tag pattern, inner tags stripped. */
const texts = (html: string, open: string, close: string) =>
  [...html.matchAll(new RegExp(`${open}([\\s\\S]*?)${close}`, 'gi'))].map((m) => decodeEntities(m[1]!.replace(/<[^>]*>/g, '')))

export const h1Texts = (html: string) => texts(html, '<h1[^>]*>', '</h1>')
export const faqQuestions = (html: string) => texts(html, '<h3 class="faq-question"[^>]*>', '</h3>')

/** Bodies of `<script type="application/ld+json">` tags, raw (JSON-LD is not HTML-escaped). */
export const jsonLdScripts = (html: string): string[] =>
  [...html.matchAll(/<script\b[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!)

/** The part of the document before `</head>`. */
export const headOf = (html: string): string => html.slice(0, Math.max(0, html.indexOf('</head>')))
