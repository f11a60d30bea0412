import { describe, expect, it } from '@jest/globals'

import { toCodeLanguage } from '../../../../src/phases/markdown/codeLanguage.js'
import { splitFences } from '../../../../src/phases/markdown/fencedSegments.js'
import { prepareMarkdown } from '../../../../src/phases/markdown/prepareMarkdown.js'
import { stripHtml } from '../../../../src/phases/markdown/stripHtml.js'
import { unwrapMarkdownFence } from '../../../../src/phases/markdown/unwrapMarkdownFence.js'

const fence = '```'

describe('unwrapMarkdownFence', () => {
  it('removes a ```markdown / ```md wrapper and its closing fence', () => {
    expect(unwrapMarkdownFence(`${fence}markdown\n## A\n\nText.\n${fence}`)).toBe('## A\n\nText.')
    expect(unwrapMarkdownFence(`  ${fence}md\nText.\n${fence}\n\n`)).toBe('Text.')
    expect(unwrapMarkdownFence(`~~~markdown\nText.\n~~~`)).toBe('Text.')
  })

  it('keeps inner code blocks balanced', () => {
    const inner = `Text.\n${fence}js\nx()\n${fence}`
    expect(unwrapMarkdownFence(`${fence}markdown\n${inner}\n${fence}`)).toBe(inner)
    // Truncated: no closing wrapper, so the last fence belongs to the inner block.
    expect(unwrapMarkdownFence(`${fence}markdown\n${inner}`)).toBe(inner)
  })

  it('leaves other answers alone', () => {
    for (const text of ['## A\n\nText.', `${fence}python\nx = 1\n${fence}`, `Intro.\n${fence}markdown\n# x\n${fence}`]) {
      expect(unwrapMarkdownFence(text)).toBe(text)
    }
  })
})

describe('splitFences', () => {
  it('splits prose and code, dedenting indented fences and running an unclosed fence to the end', () => {
    expect(splitFences(`a\n   ${fence}py title="x"\n   x = 1\n     y\n   ${fence}\nb\n~~~~\ncode ${fence}\n~~~~\n${fence}sh\nopen`)).toEqual([
      { kind: 'prose', text: 'a' },
      { code: 'x = 1\n  y', info: 'py title="x"', kind: 'code' },
      { kind: 'prose', text: 'b' },
      { code: `code ${fence}`, info: '', kind: 'code' },
      { code: 'open', info: 'sh', kind: 'code' },
    ])
  })

  it('does not read ```inline``` as a fence', () => {
    expect(splitFences(`${fence}npm i${fence}`)).toEqual([{ kind: 'prose', text: `${fence}npm i${fence}` }])
  })
})

describe('toCodeLanguage', () => {
  it('keeps offered languages, maps aliases and falls back to text', () => {
    expect(toCodeLanguage('python')).toEqual({ known: true, language: 'python' })
    expect(toCodeLanguage('TS title="a.ts"')).toEqual({ known: true, language: 'typescript' })
    expect(toCodeLanguage('{.yml}')).toEqual({ known: true, language: 'yaml' })
    expect(toCodeLanguage('')).toEqual({ known: true, language: 'text' })
    expect(toCodeLanguage('c++')).toEqual({ known: false, language: 'text' })
    // Object.prototype names are not languages.
    expect(toCodeLanguage('constructor')).toEqual({ known: false, language: 'text' })
  })
})

describe('stripHtml', () => {
  it('drops script-like elements with their content, even unclosed, but only to the end of the paragraph', () => {
    expect(stripHtml('a <script type="x">alert(1)</script> b').text).toBe('a b')
    expect(stripHtml('a <STYLE>p{}</STYLE> b').text).toBe('a b')
    expect(stripHtml('<script>alert(1)\nmore\n\nNext paragraph.').text).toBe('\n\nNext paragraph.')
    expect(stripHtml('<svg onload="x()"/> after').text).toBe(' after')
  })

  it('unwraps other tags, including multi-line tags and attributes holding ">"', () => {
    expect(stripHtml('<div\n  class="x"\n  data-x="a>b">Hi</div>').text).toBe('Hi')
    expect(stripHtml('one<br>two').text).toBe('one\ntwo')
    expect(stripHtml('<!DOCTYPE html><p>x</p><!-- c -->').text).toBe('x')
  })

  it('leaves placeholders, comparisons and inline code alone', () => {
    for (const text of ['Set <your-api-key> here.', 'If a < b and b > c.', 'Use `<div onclick>` and ``<b>``.']) {
      expect(stripHtml(text)).toEqual({ removed: false, text })
    }
  })

  it('turns autolinks into markdown links', () => {
    expect(stripHtml('See <https://example.com/a>.').text).toBe('See [https://example.com/a](https://example.com/a).')
  })
})

describe('prepareMarkdown', () => {
  it('rewrites every fence as ```<language> and removes empty ones', () => {
    const { markdown, warnings } = prepareMarkdown(`Text\r\n~~~\r\nls\r\n~~~\r\n\r\n${fence}ruby\nputs 1\n${fence}\n${fence}js\n\n${fence}`)
    expect(markdown).toBe(`Text\n${fence}text\nls\n${fence}\n\n${fence}text\nputs 1\n${fence}`)
    expect(warnings).toEqual(['code language "ruby" is not offered: stored as text'])
  })

  it('strips HTML outside fences only', () => {
    const { markdown, warnings } = prepareMarkdown(`<b>Bold</b>\n${fence}html\n<b>Bold</b>\n${fence}`)
    expect(markdown).toBe(`Bold\n${fence}html\n<b>Bold</b>\n${fence}`)
    expect(warnings).toEqual(['raw HTML removed from the markdown'])
  })
})
