import { describe, expect, it } from '@jest/globals'

import { outlineHandler } from '../../../../src/phases/outline.js'
import { phaseSchemas } from '../../../../src/phases/schemas/index.js'
import { validSamples } from '../phaseSamples.js'
import { fakeContext } from './context.js'

describe('outline handler', () => {
  it('stores the validated outline unchanged in the outline field', async () => {
    expect(outlineHandler).toMatchObject({ fields: ['outline'], format: 'json', kind: 'outline', schema: phaseSchemas.outline })
    const result = await outlineHandler.toArticleData(validSamples.outline, await fakeContext())
    expect(result).toEqual({ data: { outline: validSamples.outline }, warnings: [] })
  })

  it('gives later prompts an indented heading list with word targets and notes', () => {
    expect(outlineHandler.toPromptText(validSamples.outline)).toBe(
      [
        'H1: Topic basics: what beginners need to know (~1200 words in total)',
        '- H2: What the topic is (~400 words): Define the core concept; transition to how it works.',
        '  - H3: Key terms (~150 words): Three terms with one-line definitions.',
        '- H2: Quick checklist (~200 words): Five actionable bullets.',
      ].join('\n'),
    )
  })
})
