import { describe, expect, it } from '@jest/globals'

import { bodyHandler } from '../../../../src/phases/body.js'
import { conclusionHandler } from '../../../../src/phases/conclusion.js'
import { introductionHandler } from '../../../../src/phases/introduction.js'
import { markdownOutputSchema } from '../../../../src/phases/schemas/index.js'
import { fakeContext, simpleState } from './context.js'

/** Convert with the body handler (real Lexical conversion) and return the simplified state and warnings. */
const convert = async (markdown: string) => {
  const { data, warnings } = await bodyHandler.toArticleData(markdown, await fakeContext())
  expect(Object.keys(data)).toEqual(['body'])
  return { json: JSON.stringify(data.body), nodes: simpleState(data.body), warnings }
}

const fence = '```'

describe('markdown phases', () => {
  it('write the rich-text field of their own name', async () => {
    for (const handler of [introductionHandler, bodyHandler, conclusionHandler]) {
      expect(handler).toMatchObject({ fields: [handler.kind], format: 'markdown', schema: markdownOutputSchema })
      const { data } = await handler.toArticleData('Hello.', await fakeContext())
      expect(Object.keys(data)).toEqual([handler.kind])
      expect(simpleState(data[handler.kind])).toEqual([{ children: ['Hello.'], node: 'paragraph' }])
    }
  })

  it('give later prompts the markdown as written', () => {
    const markdown = '## Why\n\nBecause <b>it</b> matters.'
    expect(bodyHandler.toPromptText(markdown)).toBe(markdown)
  })

  it('convert headings, lists, links, bold and italic', async () => {
    const { nodes, warnings } = await convert(
      [
        '## Getting started',
        '',
        'Read **the guide** and *the notes* at [the docs](https://example.com/docs).',
        '',
        '### Steps',
        '',
        '- Install it',
        '- Run it',
        '',
        '1. First',
        '2. Second',
      ].join('\n'),
    )
    expect(warnings).toEqual([])
    expect(nodes).toEqual([
      { children: ['Getting started'], node: 'heading:h2' },
      {
        children: [
          'Read ',
          ['the guide', 1],
          ' and ',
          ['the notes', 2],
          ' at ',
          { children: ['the docs'], node: 'link', url: 'https://example.com/docs' },
          '.',
        ],
        node: 'paragraph',
      },
      { children: ['Steps'], node: 'heading:h3' },
      {
        children: [
          { children: ['Install it'], node: 'listitem' },
          { children: ['Run it'], node: 'listitem' },
        ],
        node: 'list:ul',
      },
      {
        children: [
          { children: ['First'], node: 'listitem' },
          { children: ['Second'], node: 'listitem' },
        ],
        node: 'list:ol',
      },
    ])
  })

  it('turns a fenced block into the Code block with its language', async () => {
    const code = 'def main():\n    # **not** markdown\n\n    print("hi")'
    const { nodes } = await convert(`Run this:\n\n${fence}python\n${code}\n${fence}\n\nDone.`)
    expect(nodes).toEqual([
      { children: ['Run this:'], node: 'paragraph' },
      { block: { blockType: 'Code', code, language: 'python' }, node: 'block' },
      { children: ['Done.'], node: 'paragraph' },
    ])
  })

  it('maps language aliases and stores unknown languages as text', async () => {
    const { nodes, warnings } = await convert(`${fence}py\nx = 1\n${fence}\n\n${fence}kotlin\nval x = 1\nval y = 2\n${fence}`)
    expect(nodes).toEqual([
      { block: { blockType: 'Code', code: 'x = 1', language: 'python' }, node: 'block' },
      { block: { blockType: 'Code', code: 'val x = 1\nval y = 2', language: 'text' }, node: 'block' },
    ])
    expect(warnings).toEqual(['code language "kotlin" is not offered: stored as text'])
  })

  it('keeps a one-line fence without a language intact', async () => {
    const { nodes } = await convert(`${fence}\nnpm install\n${fence}`)
    expect(nodes).toEqual([{ block: { blockType: 'Code', code: 'npm install', language: 'text' }, node: 'block' }])
  })

  it('gives a single-line ```code``` paragraph a valid language', async () => {
    const { nodes } = await convert(`${fence}npm test${fence}`)
    expect(nodes).toEqual([{ block: { blockType: 'Code', code: 'npm test', language: 'text' }, node: 'block' }])
  })

  it('drops raw HTML: script blocks and tags with handlers leave no text or node behind', async () => {
    const { json, nodes, warnings } = await convert(
      [
        'Intro.',
        '',
        '<script>alert(1)</script>',
        '',
        '<div onclick="steal(document.cookie)">Visible text</div>',
        '',
        'Inline <span style="color:red">red</span> and <img src=x onerror="alert(2)"> gone.',
        '',
        '<!-- hidden comment -->',
        '<iframe src="https://evil.example"></iframe>',
        'End.',
      ].join('\n'),
    )
    for (const leftover of ['alert', 'script', 'onclick', 'steal', '<div', 'onerror', 'iframe', 'hidden comment', '<']) {
      expect(json).not.toContain(leftover)
    }
    expect(nodes).toEqual([
      { children: ['Intro.'], node: 'paragraph' },
      { children: ['Visible text'], node: 'paragraph' },
      { children: ['Inline red and gone.'], node: 'paragraph' },
      { children: ['End.'], node: 'paragraph' },
    ])
    expect(warnings).toEqual(['raw HTML removed from the markdown'])
  })

  it('keeps HTML inside code fences and inline code as code text', async () => {
    const { nodes, warnings } = await convert(`Use \`<b>\` for bold:\n\n${fence}html\n<b>bold</b>\n<script>x()</script>\n${fence}`)
    expect(nodes).toEqual([
      { children: ['Use ', ['<b>', 16], ' for bold:'], node: 'paragraph' },
      { block: { blockType: 'Code', code: '<b>bold</b>\n<script>x()</script>', language: 'html' }, node: 'block' },
    ])
    expect(warnings).toEqual([])
  })

  it('demotes an H1 to H2: the title is the page H1', async () => {
    const { nodes, warnings } = await convert('# Big title\n\nText.\n\n## Section')
    expect(nodes).toEqual([
      { children: ['Big title'], node: 'heading:h2' },
      { children: ['Text.'], node: 'paragraph' },
      { children: ['Section'], node: 'heading:h2' },
    ])
    expect(warnings).toEqual(["1 H1 heading(s) demoted to H2: the title is the page's H1"])
  })

  it('unwraps an answer the model wrapped in a ```markdown fence', async () => {
    const { nodes } = await convert(`${fence}markdown\n## Section\n\nText.\n\n${fence}bash\nls -la\n${fence}\n${fence}\n`)
    expect(nodes).toEqual([
      { children: ['Section'], node: 'heading:h2' },
      { children: ['Text.'], node: 'paragraph' },
      { block: { blockType: 'Code', code: 'ls -la', language: 'bash' }, node: 'block' },
    ])
  })
})
