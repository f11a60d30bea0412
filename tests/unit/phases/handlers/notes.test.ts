import { describe, expect, it } from '@jest/globals'

import { notesHandler } from '../../../../src/phases/notes.js'
import { markdownOutputSchema } from '../../../../src/phases/schemas/index.js'
import { fakeContext } from './context.js'

describe('notes handler', () => {
  it('writes nothing to the article', async () => {
    expect(notesHandler).toMatchObject({ fields: [], format: 'markdown', kind: 'notes', schema: markdownOutputSchema })
    expect(await notesHandler.toArticleData('- check the intro', await fakeContext())).toEqual({ data: {}, warnings: [] })
  })

  it('gives later prompts the notes as written', () => {
    expect(notesHandler.toPromptText('- check the intro')).toBe('- check the intro')
  })
})
