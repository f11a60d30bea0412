import { describe, expect, it } from '@jest/globals'

import { metaHandler } from '../../../../src/phases/meta.js'
import { validSamples } from '../phaseSamples.js'
import { fakeContext } from './context.js'

const texts = {
  title: validSamples.meta.titleTag,
  description: validSamples.meta.metaDescription,
  ogTitle: validSamples.meta.ogTitle,
  ogDescription: validSamples.meta.ogDescription,
}

describe('meta handler', () => {
  it('writes the four texts into the meta group', async () => {
    expect(metaHandler).toMatchObject({ fields: ['meta'], format: 'json', kind: 'meta' })
    const result = await metaHandler.toArticleData(validSamples.meta, await fakeContext())
    expect(result).toEqual({ data: { meta: texts }, warnings: [] })
  })

  it('keeps the existing image, image alt and host fields, replacing only the texts', async () => {
    const ctx = await fakeContext({
      meta: { description: 'old', image: 7, imageAlt: 'A chart', keywords: 'host field', title: 'Old title' },
    })
    const { data } = await metaHandler.toArticleData(validSamples.meta, ctx)
    expect(data.meta).toEqual({ ...texts, image: 7, imageAlt: 'A chart', keywords: 'host field' })
  })

  it('writes a populated image back as its id', async () => {
    const ctx = await fakeContext({ meta: { image: { id: 'img1', url: '/media/a.png' } } })
    const { data } = await metaHandler.toArticleData(validSamples.meta, ctx)
    expect(data.meta).toEqual({ ...texts, image: 'img1' })
  })

  it('gives later prompts pretty-printed JSON', () => {
    expect(metaHandler.toPromptText(validSamples.meta)).toBe(JSON.stringify(validSamples.meta, null, 2))
  })
})
