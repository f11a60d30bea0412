import { describe, expect, it } from '@jest/globals'

import { PromptKitConfigError, resolveOptions } from '../../../src/defaults.js'

const users = { slug: 'users', fields: [] }
const media = { slug: 'media', fields: [], upload: true }
const photos = { slug: 'photos', fields: [], upload: { staticDir: 'photos' } }
const posts = { slug: 'posts', fields: [] }

describe('images options', () => {
  it("uses the host's `media` upload collection by default, with generation off", () => {
    expect(resolveOptions({}, { collections: [users, media] }).images).toEqual({
      collection: 'media',
      generate: false,
      model: 'gpt-image-1',
      pricePerImageUsd: undefined,
      size: '1536x1024',
      timeoutMs: 180_000,
    })
  })

  it('leaves the upload field out when the host has no media collection and none was named', () => {
    expect(resolveOptions({}, { collections: [users] }).images.collection).toBeUndefined()
    // A non-upload collection called media (or named by mediaCollection) is not taken either.
    expect(resolveOptions({}, { collections: [users, { slug: 'media', fields: [] }] }).images.collection).toBeUndefined()
    expect(resolveOptions({ mediaCollection: 'posts' }, { collections: [users, posts] }).images.collection).toBeUndefined()
  })

  it('follows `mediaCollection`, and `images.collection` wins over it', () => {
    expect(resolveOptions({ mediaCollection: 'photos' }, { collections: [users, media, photos] }).images.collection).toBe('photos')
    expect(resolveOptions({ images: { collection: 'media' }, mediaCollection: 'photos' }, { collections: [users, media, photos] }).images.collection).toBe('media')
  })

  it.each([
    [{ images: { collection: 'pictures' } }, /`images.collection` names "pictures" but the config has no such collection/],
    [{ images: { collection: 'posts' } }, /`images.collection` names "posts", which is not an upload collection/],
    [{ images: { generate: 'yes' } }, /`images.generate` must be true or false/],
    [{ images: { collection: 'media', size: 'large' } }, /`images.size` must be "WIDTHxHEIGHT"/],
    [{ images: { collection: 'media', model: ' ' } }, /`images.model` must be a model name/],
    [{ images: { collection: 'media', pricePerImageUsd: -1 } }, /`images.pricePerImageUsd` must be a positive number/],
    [{ images: { collection: 'media', timeoutMs: 0 } }, /`images.timeoutMs` must be a positive number/],
  ])('rejects %j', (options, message) => {
    const call = () => resolveOptions(options as never, { collections: [users, media, posts] })
    expect(call).toThrow(PromptKitConfigError)
    expect(call).toThrow(message)
  })

  it('refuses to generate without an upload collection to store the image in', () => {
    expect(() => resolveOptions({ images: { generate: true } }, { collections: [users] })).toThrow(/`images.generate` needs an upload collection/)
  })

  it('accepts a free price and a custom model and size', () => {
    const images = resolveOptions({ images: { generate: true, model: 'dall-e-3', pricePerImageUsd: 0, size: '1792x1024' } }, { collections: [users, media] }).images
    expect(images).toMatchObject({ collection: 'media', generate: true, model: 'dall-e-3', pricePerImageUsd: 0, size: '1792x1024' })
  })
})
