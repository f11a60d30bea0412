import { lexicalHeadings, lexicalInternalLinks, lexicalPlainText } from '../../../src/gate/lexicalText.js'
import { heading, linkParagraph, paragraph, richText } from '../../support/publishableArticle.js'

describe('Lexical text helpers', () => {
  const list = {
    type: 'list',
    children: [
      { type: 'listitem', children: [{ type: 'text', text: 'one' }] },
      { type: 'listitem', children: [{ type: 'text', text: 'two' }] },
    ],
    tag: 'ul',
  }
  const code = { type: 'block', fields: { blockType: 'Code', code: 'print("hidden")' } }
  const value = richText(
    heading('h2', 'Title'),
    paragraph('Hello'),
    list,
    code,
    linkParagraph('a link', 'articles', 3),
  )

  it('extracts plain text: blocks separated, inline links joined, code left out', () => {
    expect(lexicalPlainText(value)).toBe('Title Hello one two a link')
  })

  it('lists headings with their levels', () => {
    expect(lexicalHeadings(value)).toEqual([{ level: 2, text: 'Title' }])
  })

  it('finds internal links, with or without a target', () => {
    const dangling = {
      type: 'link',
      children: [{ type: 'text', text: 'gone' }],
      fields: { doc: null, linkType: 'internal' },
    }
    const custom = { type: 'link', children: [], fields: { linkType: 'custom', url: 'https://x.test' } }
    const populated = { ...linkParagraph('pop', 'pages', 0), children: [] }
    populated.children = [
      {
        type: 'link',
        children: [],
        fields: { doc: { relationTo: 'pages', value: { id: 'abc' } }, linkType: 'internal' },
      },
    ] as never
    expect(
      lexicalInternalLinks(
        richText(
          linkParagraph('a link', 'articles', 3),
          paragraph(''),
          { type: 'paragraph', children: [dangling, custom] },
          populated,
        ),
      ),
    ).toEqual([
      { target: { collection: 'articles', id: 3 }, text: 'a link' },
      { text: 'gone' },
      { target: { collection: 'pages', id: 'abc' }, text: '' },
    ])
  })

  it('tolerates empty and malformed values', () => {
    for (const bad of [null, undefined, {}, { root: null }, { root: { children: 'x' } }, 'text', [1]]) {
      expect(lexicalPlainText(bad)).toBe('')
      expect(lexicalHeadings(bad)).toEqual([])
      expect(lexicalInternalLinks(bad)).toEqual([])
    }
  })
})
