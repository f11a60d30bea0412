import type { DiffPart } from '../../../src/components/wordDiff.js'

import { tokenize, wordDiff } from '../../../src/components/wordDiff.js'

const side = (parts: DiffPart[], keep: 'added' | 'removed') =>
  parts
    .filter((p) => p.type === 'same' || p.type === keep)
    .map((p) => p.text)
    .join('')

const show = (parts: DiffPart[]) => parts.map((p) => (p.type === 'same' ? p.text : p.type === 'added' ? `{+${p.text}+}` : `[-${p.text}-]`)).join('')

describe('wordDiff', () => {
  it('keeps whitespace as tokens, so joining gives the text back', () => {
    expect(tokenize('  Hello,\n\nworld  ')).toEqual(['  ', 'Hello,', '\n\n', 'world', '  '])
    expect(tokenize('')).toEqual([])
  })

  it('marks a replaced word and keeps the rest in place', () => {
    const parts = wordDiff('CI runs the tests on every push.', 'CI runs the checks on every push.')
    expect(show(parts)).toBe('CI runs the [-tests-]{+checks+} on every push.')
  })

  it('shows insertions and deletions', () => {
    expect(show(wordDiff('Start with CI.', 'Start with CI, then CD.'))).toBe('Start with [-CI.-]{+CI, then CD.+}')
    expect(show(wordDiff('a b c d', 'a d'))).toBe('a [-b c -]d')
    expect(show(wordDiff('', 'new text'))).toBe('{+new text+}')
    expect(show(wordDiff('old text', ''))).toBe('[-old text-]')
  })

  it('joins neighbouring changes instead of splitting them at every space', () => {
    expect(show(wordDiff('My own opening sentence.', 'A regenerated introduction about pipelines.'))).toBe(
      '[-My own opening sentence.-]{+A regenerated introduction about pipelines.+}',
    )
  })

  it('finds the common words of two reworded sentences', () => {
    const parts = wordDiff('Continuous integration and delivery are often confused.', 'Continuous integration and deployment are rarely confused.')
    expect(show(parts)).toBe('Continuous integration and [-delivery-]{+deployment+} are [-often-]{+rarely+} confused.')
  })

  it('reports no change for equal texts', () => {
    expect(wordDiff('same words', 'same words')).toEqual([{ text: 'same words', type: 'same' }])
    expect(wordDiff('', '')).toEqual([])
  })

  it('always rebuilds both sides exactly', () => {
    const pairs: [string, string][] = [
      ['one two three four five', 'zero one three five six'],
      ['a\n\nb c', 'a b\n\nc'],
      ['x x x y', 'y x x x'],
      ['Lorem ipsum dolor sit amet', 'ipsum Lorem sit dolor amet consectetur'],
    ]
    for (const [before, after] of pairs) {
      const parts = wordDiff(before, after)
      expect(side(parts, 'removed')).toBe(before)
      expect(side(parts, 'added')).toBe(after)
      // Neighbouring parts never have the same type (they are merged).
      for (let i = 1; i < parts.length; i++) expect(parts[i]!.type).not.toBe(parts[i - 1]!.type)
    }
  })

  it('stays fast and exact on long texts with a small change', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `word${i % 97}`)
    const before = words.join(' ')
    const after = [...words.slice(0, 2500), 'inserted', ...words.slice(2500)].join(' ')
    const parts = wordDiff(before, after)
    expect(parts.filter((p) => p.type !== 'same')).toEqual([{ text: 'inserted ', type: 'added' }])
    expect(side(parts, 'added')).toBe(after)
  })
})
