import type { CollectionConfig } from 'payload'

import type { PromptKitPluginOptions, ResolvedImagesOptions } from '../types.js'

import { PromptKitConfigError } from '../defaults.js'

export const DEFAULT_IMAGE_MODEL = 'gpt-image-1'
export const DEFAULT_IMAGE_SIZE = '1536x1024'
export const DEFAULT_IMAGE_TIMEOUT_MS = 180_000

const sizePattern = /^(auto|\d{2,5}x\d{2,5})$/

/**
 * The upload collection of the figures. A slug named in `images.collection` must exist and take
 * uploads; the default (`mediaCollection`, else 'media') is used only when it is an upload
 * collection, and otherwise the `image` field is left out.
 */
const resolveCollection = (options: PromptKitPluginOptions, collections: CollectionConfig[]): string | undefined => {
  const named = options.images?.collection
  if (named === undefined) {
    const fallback = options.mediaCollection ?? 'media'
    return collections.some((c) => c.slug === fallback && c.upload) ? fallback : undefined
  }
  const found = collections.find((c) => c.slug === named)
  if (!found) {
    throw new PromptKitConfigError('images.collection', `names "${named}" but the config has no such collection; add an upload collection with that slug or name another`)
  }
  if (!found.upload) {
    throw new PromptKitConfigError('images.collection', `names "${named}", which is not an upload collection (it has no \`upload\` setting)`)
  }
  return named
}

const positive = (option: string, value: number | undefined, fallback: number | undefined): number | undefined => {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new PromptKitConfigError(option, `must be a positive number, got ${String(value)}`)
  }
  return value
}

/** `images` after defaults; a bad value throws at config time naming the option. */
export const resolveImages = (options: PromptKitPluginOptions, collections: CollectionConfig[]): ResolvedImagesOptions => {
  const images = options.images ?? {}
  const collection = resolveCollection(options, collections)
  if (images.generate !== undefined && typeof images.generate !== 'boolean') {
    throw new PromptKitConfigError('images.generate', `must be true or false, got ${JSON.stringify(images.generate)}`)
  }
  const generate = images.generate ?? false
  if (generate && !collection) {
    throw new PromptKitConfigError('images.generate', 'needs an upload collection to store the image in; add a `media` upload collection or set `images.collection`')
  }
  const model = images.model ?? DEFAULT_IMAGE_MODEL
  if (typeof model !== 'string' || model.trim() === '') {
    throw new PromptKitConfigError('images.model', `must be a model name like "${DEFAULT_IMAGE_MODEL}", got ${JSON.stringify(model)}`)
  }
  const size = images.size ?? DEFAULT_IMAGE_SIZE
  if (typeof size !== 'string' || !sizePattern.test(size)) {
    throw new PromptKitConfigError('images.size', `must be "WIDTHxHEIGHT" (e.g. "${DEFAULT_IMAGE_SIZE}") or "auto", got ${JSON.stringify(size)}`)
  }
  const pricePerImageUsd = images.pricePerImageUsd === 0 ? 0 : positive('images.pricePerImageUsd', images.pricePerImageUsd, undefined)
  const timeoutMs = positive('images.timeoutMs', images.timeoutMs, DEFAULT_IMAGE_TIMEOUT_MS)!
  return { collection, generate, model: model.trim(), pricePerImageUsd, size, timeoutMs }
}
