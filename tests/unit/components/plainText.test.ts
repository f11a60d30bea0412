import { plainText } from '../../../src/components/plainText.js'

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const block = (type: string, children: unknown[], extra: object = {}) => ({ type, children, version: 1, ...extra })

describe('plainText', () => {
  it('reads rich text as paragraphs, headings, list items and code', () => {
    const value = {
      root: block('root', [
        block('heading', [text('What CI does')], { tag: 'h2' }),
        block('paragraph', [text('CI runs '), block('link', [text('your tests')]), text(' on every push.')]),
        block('list', [block('listitem', [text('Lint')]), block('listitem', [text('Test')])]),
        { type: 'block', fields: { blockType: 'Code', code: 'on: push', language: 'yaml' }, version: 2 },
        block('paragraph', [text('Line one'), { type: 'linebreak', version: 1 }, text('line two')]),
      ]),
    }
    expect(plainText(value)).toBe('What CI does\n\nCI runs your tests on every push.\n\nLint\n\nTest\n\non: push\n\nLine one\nline two')
  })

  it('keeps strings and numbers, and empties nothing into text', () => {
    expect(plainText('as is')).toBe('as is')
    expect(plainText(42)).toBe('42')
    expect(plainText(null)).toBe('')
    expect(plainText(undefined)).toBe('')
  })

  it('lists groups and arrays (FAQ, meta) as key: value lines, without row IDs', () => {
    const faq = [
      { answer: 'Integration.', id: 'a1', question: 'What is CI?' },
      { answer: 'Delivery.', id: 'a2', question: 'What is CD?' },
    ]
    expect(plainText(faq)).toBe('answer: Integration.\nquestion: What is CI?\n\nanswer: Delivery.\nquestion: What is CD?')
    expect(plainText({ description: 'About CI', title: 'CI vs CD', image: null })).toBe('description: About CI\ntitle: CI vs CD')
  })
})
