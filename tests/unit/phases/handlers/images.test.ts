import { describe, expect, it } from '@jest/globals'

import { imagesHandler } from '../../../../src/phases/images.js'
import { validSamples } from '../phaseSamples.js'
import { fakeContext } from './context.js'

describe('images handler', () => {
  it('writes the image plan', async () => {
    expect(imagesHandler).toMatchObject({ fields: ['imagePlan'], format: 'json', kind: 'images' })
    const { data, warnings } = await imagesHandler.toArticleData(validSamples.images, await fakeContext())
    expect(warnings).toEqual([])
    expect(data.imagePlan).toHaveLength(6)
    expect((data.imagePlan as unknown[])[0]).toEqual({
      filename: 'topic-basics-1.webp',
      description: 'Flow diagram of the core process.',
      placement: 'What the topic is',
      altText: 'Topic basics flow diagram',
      type: 'diagram',
      format: 'simplified-diagram',
    })
  })

  it('gives later prompts pretty-printed JSON', () => {
    expect(imagesHandler.toPromptText(validSamples.images)).toBe(JSON.stringify(validSamples.images, null, 2))
  })
})
