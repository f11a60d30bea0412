import { describe, expect, it } from '@jest/globals'

import { defaultWordTarget } from '../../../../src/phases/briefWordTarget.js'
import { outlineHandler } from '../../../../src/phases/outline.js'
import { phaseSchemas } from '../../../../src/phases/schemas/index.js'
import { validSamples } from '../phaseSamples.js'
import { fakeContext } from './context.js'

const withBrief = async (brief: Record<string, unknown>) => ({ ...(await fakeContext()), brief: { id: 2, ...brief } })

describe('outline handler', () => {
  it('stores the validated outline with the word target of the brief, not one from the model', async () => {
    expect(outlineHandler).toMatchObject({ fields: ['outline'], format: 'json', kind: 'outline', schema: phaseSchemas.outline })
    const result = await outlineHandler.toArticleData(validSamples.outline, await withBrief({ wordTarget: 900 }))
    expect(result).toEqual({ data: { outline: { ...validSamples.outline, totalWordTarget: 900 } }, warnings: [] })
  })

  it("ignores a total word target the model sends anyway, and takes the brief's", async () => {
    const answered = phaseSchemas.outline.parse({ ...validSamples.outline, totalWordTarget: 7 })
    const result = await outlineHandler.toArticleData(answered, await withBrief({ wordTarget: 2500 }))
    expect((result.data.outline as { totalWordTarget: number }).totalWordTarget).toBe(2500)
  })

  it.each([[undefined], [null], [0], [-5], [12.5], ['900']])('falls back to the default word target for a brief value of %p', async (wordTarget) => {
    const result = await outlineHandler.toArticleData(validSamples.outline, await withBrief({ wordTarget }))
    expect((result.data.outline as { totalWordTarget: number }).totalWordTarget).toBe(defaultWordTarget)
  })

  it('gives later prompts an indented heading list with word targets and notes', () => {
    expect(outlineHandler.toPromptText(validSamples.outline)).toBe(
      [
        'H1: Topic basics: what beginners need to know',
        '- H2: What the topic is (~400 words): Define the core concept; transition to how it works.',
        '  - H3: Key terms (~150 words): Three terms with one-line definitions.',
        '- H2: Quick checklist (~200 words): Five actionable bullets.',
      ].join('\n'),
    )
  })
})
