import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import type { JsonLdArticleInput } from '../frontend/buildArticleJsonLd.js'
import type { ResolvedPromptKitOptions } from '../types.js'

import { buildArticleJsonLd } from '../frontend/buildArticleJsonLd.js'

type Ref = number | string

const isRef = (value: unknown): value is Ref =>
  (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value))

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined

/** Look a related document up in the save's transaction; a failure is logged and yields undefined. */
const lookUp = async (req: PayloadRequest, collection: string, id: Ref, what: string) => {
  try {
    return (await req.payload.findByID({ collection: collection as CollectionSlug, depth: 0, id, req })) as Record<
      string,
      unknown
    >
  } catch (err) {
    // JSON-LD without this part is better than a failed save.
    req.payload.logger.warn({ err, msg: `payload-prompt-kit: JSON-LD saved without ${what}; looking up ${collection} ${id} failed` })
    return undefined
  }
}

/** The author's `name` only (from `authors.collection`): an email must never be published as the author. */
const authorNameOf = async (req: PayloadRequest, authorsSlug: string, author: unknown): Promise<string | undefined> => {
  const populated = asRecord(author)
  if (populated && typeof populated.name === 'string') return populated.name
  const id = populated ? populated.id : author
  if (!isRef(id)) return undefined
  const user = await lookUp(req, authorsSlug, id, 'an author')
  return typeof user?.name === 'string' ? user.name : undefined
}

/** A text URL as is, or an upload's `url` (the builder makes a root-relative one absolute). */
const imageUrlOf = async (
  req: PayloadRequest,
  mediaCollection: string | undefined,
  image: unknown,
): Promise<string | undefined> => {
  if (typeof image === 'string' && (/^https?:\/\//i.test(image) || !mediaCollection)) return image
  const populated = asRecord(image)
  if (populated && typeof populated.url === 'string') return populated.url
  const id = populated ? populated.id : image
  if (!mediaCollection || !isRef(id)) return undefined
  const media = await lookUp(req, mediaCollection, id, 'an image')
  return typeof media?.url === 'string' ? media.url : undefined
}

/**
 * Rebuild `jsonLd` on every create and update from the document as it will be saved, so it always
 * matches the title, meta, author, dates and FAQ; whatever a client sent for it is discarded.
 */
export const syncJsonLdHook =
  (options: ResolvedPromptKitOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    // On update `data` holds only the submitted fields; `meta` is a group, so merge one level deeper.
    const doc: Record<string, unknown> = { ...(originalDoc ?? {}), ...data }
    const meta = { ...asRecord(originalDoc?.meta), ...asRecord(data.meta) }

    // updatedAt is stamped by Payload after the hooks, so the change being saved is dated here.
    const now = new Date().toISOString()
    if (data._status === 'published' && !doc.publishedAt) {
      data.publishedAt = now
      doc.publishedAt = now
    }

    const [authorName, imageUrl] = await Promise.all([
      authorNameOf(req, options.authors.collection, doc.author),
      imageUrlOf(req, options.mediaCollection, meta.image),
    ])

    data.jsonLd = buildArticleJsonLd({ ...(doc as JsonLdArticleInput), meta, updatedAt: now }, {
      articlePath: options.site.articlePath,
      authorName,
      imageUrl,
      siteUrl: options.site.url,
    })
    return data
  }
