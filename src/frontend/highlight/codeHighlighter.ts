import type { HighlighterCore, LanguageRegistration } from 'shiki/core'

import { createHighlighterCore } from 'shiki/core'
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript'

import type { TokenKind } from './codeTokenTheme.js'

import { CODE_THEME_NAME, codeTokenTheme, tokenKindOf } from './codeTokenTheme.js'

type GrammarModule = Promise<{ default: LanguageRegistration[] }>

/**
 * The code block's languages (src/lexical/articleEditor.ts), each grammar imported only when an
 * article uses it. Static import paths keep bundlers from packing shiki's ~200 other grammars.
 */
const grammars: Record<string, () => GrammarModule> = {
  bash: () => import('shiki/langs/bash.mjs'),
  css: () => import('shiki/langs/css.mjs'),
  dockerfile: () => import('shiki/langs/dockerfile.mjs'),
  go: () => import('shiki/langs/go.mjs'),
  html: () => import('shiki/langs/html.mjs'),
  ini: () => import('shiki/langs/ini.mjs'),
  java: () => import('shiki/langs/java.mjs'),
  javascript: () => import('shiki/langs/javascript.mjs'),
  json: () => import('shiki/langs/json.mjs'),
  markdown: () => import('shiki/langs/markdown.mjs'),
  python: () => import('shiki/langs/python.mjs'),
  rust: () => import('shiki/langs/rust.mjs'),
  shell: () => import('shiki/langs/shellscript.mjs'),
  sql: () => import('shiki/langs/sql.mjs'),
  toml: () => import('shiki/langs/toml.mjs'),
  typescript: () => import('shiki/langs/typescript.mjs'),
  yaml: () => import('shiki/langs/yaml.mjs'),
}

/** Languages `highlightCode` can colour once `loadCodeLanguages` has loaded them. */
export const highlightableLanguages = Object.keys(grammars)

// The JavaScript regex engine: no WebAssembly to bundle or fetch; `forgiving` skips the rare
// pattern it cannot translate instead of failing the whole grammar.
let highlighter: HighlighterCore | undefined
let starting: Promise<HighlighterCore> | undefined
const loading = new Map<string, Promise<boolean>>()

const start = (): Promise<HighlighterCore> =>
  (starting ??= createHighlighterCore({
    engine: createJavaScriptRegexEngine({ forgiving: true }),
    langs: [],
    themes: [codeTokenTheme],
  }).then((created) => (highlighter = created)))

const loadOne = (language: string): Promise<boolean> => {
  const grammar = grammars[language]
  if (!grammar) return Promise.resolve(false)
  let pending = loading.get(language)
  if (!pending) {
    pending = start()
      .then(async (core) => {
        await core.loadLanguage(grammar())
        return true
      })
      // A grammar that fails to load leaves its code blocks plain, never the page broken.
      .catch(() => false)
    loading.set(language, pending)
  }
  return pending
}

/** Loads the grammars of these languages (unknown ones are ignored); call before rendering. */
export const loadCodeLanguages = async (languages: Iterable<string>): Promise<void> => {
  await Promise.all([...new Set(languages)].map(loadOne))
}

/** A run of code text; `kind` is unset for plain text. */
export type CodeToken = { content: string; kind?: TokenKind }

/**
 * The code's lines as classified tokens, synchronously; undefined when the language is not loaded
 * (or not highlightable), so the caller renders plain text.
 */
/** Per line: generous, but a pathological line still cannot hold a render for long. */
const TOKENIZE_LINE_LIMIT_MS = 5_000

export const highlightCode = (code: string, language: string): CodeToken[][] | undefined => {
  if (!highlighter || !grammars[language] || !highlighter.getLoadedLanguages().includes(language)) return undefined
  try {
    // shiki stops highlighting a line after 500 ms by default; the first line of a language compiles its
    // grammar's regexes, which a busy server can take longer for, leaving the page half highlighted.
    const { tokens } = highlighter.codeToTokens(code, { lang: language, theme: CODE_THEME_NAME, tokenizeTimeLimit: TOKENIZE_LINE_LIMIT_MS })
    return tokens.map((line) => line.map(({ color, content }) => ({ content, kind: tokenKindOf(color) })))
  } catch {
    return undefined
  }
}
