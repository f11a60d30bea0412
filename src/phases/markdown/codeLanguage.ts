import { codeLanguages } from '../../lexical/articleEditor.js'

export type CodeLanguage = keyof typeof codeLanguages

/** The code block's fallback: a language the select does not offer would fail validation on save. */
export const FALLBACK_LANGUAGE: CodeLanguage = 'text'

/** Common fence names models write for a language the code block offers under another key. */
const aliases = new Map<string, CodeLanguage>(
  Object.entries({
    cfg: 'ini',
    cjs: 'javascript',
    conf: 'ini',
    console: 'shell',
    docker: 'dockerfile',
    golang: 'go',
    js: 'javascript',
    json5: 'json',
    jsonc: 'json',
    jsx: 'javascript',
    md: 'markdown',
    mjs: 'javascript',
    mysql: 'sql',
    node: 'javascript',
    plain: 'text',
    plaintext: 'text',
    postgres: 'sql',
    postgresql: 'sql',
    py: 'python',
    python3: 'python',
    rs: 'rust',
    sh: 'shell',
    sqlite: 'sql',
    ts: 'typescript',
    tsx: 'typescript',
    txt: 'text',
    yml: 'yaml',
    zsh: 'shell',
  } satisfies Record<string, CodeLanguage>),
)

export const isCodeLanguage = (value: unknown): value is CodeLanguage =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(codeLanguages, value)

/** The first word of a fence's info string (`python`, `{.py}`, `TS title="x"`), or '' when there is none. */
export const fenceLanguageName = (info: string): string =>
  (info.trim().split(/\s+/)[0] ?? '').replace(/^[{.]+|}+$/g, '').toLowerCase()

/** The code block language for a fence's info string; `known: false` when it fell back to `text`. */
export const toCodeLanguage = (info: string): { known: boolean; language: CodeLanguage } => {
  const name = fenceLanguageName(info)
  if (name === '') return { known: true, language: FALLBACK_LANGUAGE }
  if (isCodeLanguage(name)) return { known: true, language: name }
  const alias = aliases.get(name)
  return alias ? { known: true, language: alias } : { known: false, language: FALLBACK_LANGUAGE }
}
