import { describe, expect, it } from '@jest/globals'

import { lexicalEntryPoints } from '../../../scripts/preloadLexical.js'

describe('the Lexical preload of the command-line scripts', () => {
  // It was an empty list for a while (lexical's exports hide its package.json), and the scripts stalled again.
  it('finds the entry points of lexical and the @lexical packages', () => {
    const entries = lexicalEntryPoints()
    expect(entries).toEqual(expect.arrayContaining(['lexical', '@lexical/html', '@lexical/markdown', '@lexical/rich-text']))
    expect(entries.every((entry) => entry === 'lexical' || entry.startsWith('@lexical/'))).toBe(true)
  })
})
