import { describe, expect, it } from '@jest/globals'

import { researchHandler } from '../../../../src/phases/research.js'
import { phaseSchemas } from '../../../../src/phases/schemas/index.js'
import { seoReviewHandler } from '../../../../src/phases/seoReview.js'
import { validSamples } from '../phaseSamples.js'
import { fakeContext } from './context.js'

describe.each([
  ['research', researchHandler],
  ['seoReview', seoReviewHandler],
] as const)('%s handler', (kind, handler) => {
  it('stores the validated output unchanged in the json field of the same name', async () => {
    expect(handler).toMatchObject({ fields: [kind], format: 'json', kind, schema: phaseSchemas[kind] })
    const output = validSamples[kind]
    const result = await handler.toArticleData(output as never, await fakeContext())
    expect(result).toEqual({ data: { [kind]: output }, warnings: [] })
  })

  it('gives later prompts pretty-printed JSON', () => {
    const output = validSamples[kind]
    expect(handler.toPromptText(output as never)).toBe(JSON.stringify(output, null, 2))
  })
})
