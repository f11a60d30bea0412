import type { ThemeRegistration } from 'shiki/core'

/**
 * Token kinds the stylesheet colours (`.ppk-tok-<kind>`). Highlighting writes classes, never inline
 * colours, so code stays styled under a CSP without `style-src 'unsafe-inline'` and hosts restyle it
 * with CSS alone (light and dark).
 */
export const tokenKinds = [
  'comment',
  'string',
  'keyword',
  'function',
  'type',
  'constant',
  'variable',
  'tag',
  'attribute',
  'property',
] as const

export type TokenKind = (typeof tokenKinds)[number]

/** Which TextMate scopes are which kind; shiki's own theme matching picks the most specific rule. */
const scopesByKind: Record<TokenKind, string[]> = {
  attribute: ['entity.other.attribute-name'],
  comment: ['comment', 'punctuation.definition.comment', 'string.comment'],
  constant: ['constant', 'constant.numeric', 'constant.language', 'constant.character', 'support.constant', 'variable.other.constant', 'keyword.other.unit'],
  function: ['entity.name.function', 'support.function', 'meta.function-call entity.name.function', 'variable.function'],
  keyword: ['keyword', 'storage', 'storage.type', 'storage.modifier', 'keyword.operator.new', 'keyword.control'],
  property: ['support.type.property-name', 'meta.object-literal.key', 'variable.other.property', 'meta.property-name', 'entity.name.tag.yaml', 'keyword.other.definition.ini'],
  string: ['string', 'string.quoted', 'string.template', 'punctuation.definition.string', 'markup.inline.raw', 'string.regexp'],
  tag: ['entity.name.tag', 'markup.heading', 'entity.name.section'],
  type: ['entity.name.type', 'entity.name.class', 'support.type', 'support.class', 'entity.other.inherited-class', 'storage.type.primitive'],
  variable: ['variable.parameter', 'variable.language', 'variable.other.readwrite.shell', 'punctuation.definition.variable'],
}

/** Each kind gets a private placeholder colour that the renderer maps back to its class. */
const placeholder = (index: number) => `#00ff${(index + 1).toString(16).padStart(2, '0')}`

const DEFAULT_COLOR = '#000000'

export const CODE_THEME_NAME = 'ppk-classes'

export const codeTokenTheme: ThemeRegistration = {
  colors: { 'editor.background': '#ffffff', 'editor.foreground': DEFAULT_COLOR },
  name: CODE_THEME_NAME,
  settings: [
    { settings: { background: '#ffffff', foreground: DEFAULT_COLOR } },
    ...tokenKinds.map((kind, index) => ({ scope: scopesByKind[kind], settings: { foreground: placeholder(index) } })),
  ],
  type: 'light',
}

const kindByColor = new Map<string, TokenKind>(tokenKinds.map((kind, index) => [placeholder(index), kind]))

/** The kind a token was coloured as, or undefined for plain text. */
export const tokenKindOf = (color: string | undefined): TokenKind | undefined =>
  color ? kindByColor.get(color.toLowerCase()) : undefined
