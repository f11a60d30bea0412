import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Id } from '../../pipeline/types.js'
import type { ImageKind } from './imageBytes.js'

import { ownReq } from '../../pipeline/ownReq.js'
import { fileNameFor } from './imageBytes.js'

export type StoredImage = { bytes: Buffer; kind: ImageKind; plannedName?: null | string; alt?: null | string }

/**
 * Save the image as a document of the upload collection, with the plan's alt text in the
 * collection's `alt` field when it has one (Payload's own upload convention).
 */
export const storeImage = async (payload: Payload, collection: string, image: StoredImage, req?: PayloadRequest): Promise<Id> => {
  const slug = collection as CollectionSlug
  const fields = payload.collections[slug]?.config.flattenedFields ?? []
  const hasAlt = fields.some((field) => field.name === 'alt')
  const doc = await payload.create({
    collection: slug,
    data: hasAlt && image.alt ? { alt: image.alt } : {},
    depth: 0,
    file: { data: image.bytes, mimetype: image.kind.mimeType, name: fileNameFor(image.plannedName, image.kind), size: image.bytes.length },
    overrideAccess: true,
    req: ownReq(req),
  } as never)
  return (doc as { id: Id }).id
}
