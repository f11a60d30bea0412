import { describe, expect, it } from '@jest/globals'

import { socialHandler } from '../../../../src/phases/social.js'
import { validSamples } from '../phaseSamples.js'
import { fakeContext } from './context.js'

describe('social handler', () => {
  it('writes the thread as rows and the two posts', async () => {
    expect(socialHandler).toMatchObject({ fields: ['social'], format: 'json', kind: 'social' })
    const { data, warnings } = await socialHandler.toArticleData(validSamples.social, await fakeContext())
    expect(warnings).toEqual([])
    expect(data).toEqual({
      social: {
        twitterThread: [
          { text: 'Opener with a hook' },
          { text: 'Insight one' },
          { text: 'Insight two: `run --check`' },
          { text: 'Read more: https://example.com/a' },
        ],
        linkedinPost: validSamples.social.linkedinPost,
        pinterestDescription: validSamples.social.pinterestDescription,
      },
    })
  })

  it('gives later prompts pretty-printed JSON', () => {
    expect(socialHandler.toPromptText(validSamples.social)).toBe(JSON.stringify(validSamples.social, null, 2))
  })
})
