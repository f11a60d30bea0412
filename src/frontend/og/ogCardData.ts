import type { CollectionSlug, Payload } from 'payload'

import type { OgCardProps } from './OgCard.js'

import { getPublicAuthor } from '../../collections/authorsRead.js'
import { getSiteSettings } from '../../globals/getSiteSettings.js'
import { getPromptKitOptions } from '../../pluginOptions.js'
import { text } from '../jsonLd/values.js'

/**
 * What the card of the published article at `slug` shows, or null when there is none: a draft's
 * title must not leak through its image. Reads as an anonymous reader (`overrideAccess: false`).
 */
export const ogCardData = async (payload: Payload, slug: string): Promise<null | OgCardProps> => {
  const options = getPromptKitOptions(payload)
  const { docs } = await payload.find({
    collection: options.articles.collection as CollectionSlug,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    select: { author: true, title: true },
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
  })
  const article = docs[0] as { author?: unknown; title?: unknown } | undefined
  const title = text(article?.title)
  if (!article || !title) return null
  const settings = await getSiteSettings(payload)
  const author = (await getPublicAuthor(payload, article.author)) ?? settings?.defaultAuthor ?? null
  return {
    authorName: text(author?.name),
    authorRole: text(author?.role),
    siteName: text(settings?.siteName, settings?.publisherName) ?? new URL(options.site.url).host,
    title,
  }
}
