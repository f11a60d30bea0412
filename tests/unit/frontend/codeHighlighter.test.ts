import { codeBlockLanguages } from '../../../src/frontend/codeBlock.js'
import { highlightableLanguages, highlightCode, loadCodeLanguages } from '../../../src/frontend/highlight/codeHighlighter.js'
import { codeLanguages } from '../../../src/lexical/articleEditor.js'
import { paragraph, richText } from '../../support/publishableArticle.js'

const codeBlock = (code: string, language: unknown) => ({ type: 'block', fields: { blockType: 'Code', code, language }, version: 2 })

/** One line per language with a keyword, string or comment the grammar must recognise. */
const samples: Record<string, string> = {
  bash: 'echo "hi" # done',
  css: '.a { color: red; }',
  dockerfile: 'FROM python:3.12',
  go: 'func main() { return }',
  html: '<p class="x">hi</p>',
  ini: '[section]\nkey = "value"',
  java: 'public class A {}',
  javascript: 'const a = "x" // c',
  json: '{ "a": 1 }',
  markdown: '# Title\n\n`code`',
  python: 'def f(): return "x"',
  rust: 'fn main() { let x = 1; }',
  shell: 'if true; then echo "x"; fi',
  sql: 'SELECT * FROM t WHERE a = 1',
  toml: '[tool]\nname = "x"',
  typescript: 'const a: string = "x"',
  yaml: 'key: "value" # c',
}

describe('code highlighting', () => {
  it('covers every language the editor offers except plain text', () => {
    expect([...highlightableLanguages].sort()).toEqual(Object.keys(codeLanguages).filter((l) => l !== 'text').sort())
  })

  it('finds the languages of code blocks, nested ones included, unsafe names as text', () => {
    const value = richText(codeBlock('a', 'Python'), paragraph('p'), { type: 'list', children: [codeBlock('b', 'yaml')] }, codeBlock('c', '"><x'))
    expect(codeBlockLanguages(value, null, richText(codeBlock('d', 'python'))).sort()).toEqual(['python', 'text', 'yaml'])
  })

  it('is plain (undefined) until the grammar is loaded, then classifies tokens in every language', async () => {
    expect(highlightCode('def f(): pass', 'rust')).toBeUndefined()
    await loadCodeLanguages(Object.keys(samples))
    for (const [language, code] of Object.entries(samples)) {
      const lines = highlightCode(code, language)
      const kinds = new Set(lines?.flat().flatMap((token) => (token.kind ? [token.kind] : [])))
      expect({ language, highlighted: kinds.size > 0 }).toEqual({ language, highlighted: true })
      expect(lines?.map((line) => line.map((token) => token.content).join('')).join('\n')).toBe(code)
    }
  })

  it('leaves unknown languages plain', async () => {
    await loadCodeLanguages(['cobol', 'text'])
    expect(highlightCode('x', 'cobol')).toBeUndefined()
    expect(highlightCode('x', 'text')).toBeUndefined()
  })
})
