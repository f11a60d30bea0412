import { describe, expect, it } from '@jest/globals'

import { imagesHandler } from '../../../src/phases/images.js'
import { keepMatchingUploads } from '../../../src/phases/imagesUploads.js'
import { fakeContext } from './handlers/context.js'
import { validSamples } from './phaseSamples.js'

const item = (filename: string, placement: string, type: string, extra: Record<string, unknown> = {}) => ({
  altText: `alt of ${filename}`,
  description: `shows ${filename}`,
  filename,
  placement,
  type,
  ...extra,
})

describe('keepMatchingUploads', () => {
  it('moves an upload to the new item with the same file name, wherever it now goes, with its alt text and caption', () => {
    const current = [item('stages.png', '## Stages', 'diagram', { altText: 'Edited alt', caption: 'Our pipeline', id: 'row1', image: 11 })]
    const next = [item('intro.png', 'Intro', 'photo'), item('Stages.PNG', 'Tools', 'diagram')]
    expect(keepMatchingUploads(current, next)).toEqual([
      item('intro.png', 'Intro', 'photo'),
      { ...item('Stages.PNG', 'Tools', 'diagram'), altText: 'Edited alt', caption: 'Our pipeline', image: 11 },
    ])
  })

  it('otherwise moves it to the new item under the same heading with the same type', () => {
    const current = [item('old.png', '## Choosing tools', 'screenshot', { image: { id: 12, url: '/x' } })]
    const next = [item('new.png', 'choosing  tools', 'screenshot'), item('other.png', 'Choosing tools', 'diagram')]
    const kept = keepMatchingUploads(current, next)
    expect(kept.map((i) => i.image)).toEqual([12, undefined])
    expect(kept[0]!.altText).toBe('alt of old.png')
  })

  it('drops uploads that fit no new item, and uses each upload once, name matches first', () => {
    const current = [item('a.png', 'A', 'diagram', { image: 1 }), item('b.png', 'B', 'photo', { image: 2 })]
    const next = [item('x.png', 'A', 'diagram'), item('a.png', 'Z', 'photo'), item('y.png', 'A', 'diagram')]
    // a.png keeps its upload by name; the slot match of x.png/y.png finds nothing left; b.png fits nothing.
    expect(keepMatchingUploads(current, next).map((i) => i.image)).toEqual([undefined, 1, undefined])
  })

  it('changes nothing when the current plan has no uploads or is not a list', () => {
    const next = [item('a.png', 'A', 'diagram')]
    expect(keepMatchingUploads([item('a.png', 'A', 'diagram', { image: null })], next)).toEqual(next)
    expect(keepMatchingUploads(undefined, next)).toEqual(next)
  })
})

describe('images handler on an article with uploads', () => {
  it('writes the new plan with the uploads that still match', async () => {
    const first = validSamples.images.images[0]!
    const article = { imagePlan: [{ ...first, caption: 'Kept caption', id: 'r1', image: 5 }, { ...validSamples.images.images[1]!, filename: 'gone.png', image: 6, placement: 'Nowhere' }] }
    const { data } = await imagesHandler.toArticleData(validSamples.images, await fakeContext(article))
    const plan = data.imagePlan as Array<Record<string, unknown>>
    expect(plan).toHaveLength(6)
    expect(plan[0]).toMatchObject({ caption: 'Kept caption', filename: first.filename, image: 5 })
    expect(plan.slice(1).map((i) => i.image)).toEqual([undefined, undefined, undefined, undefined, undefined])
  })
})
