import type { TypedUser, Where } from 'payload'

import type { SiteOptions, sitePayload } from './sitePayload.js'
import type { ArticleSummary, SiteArticle } from './types.js'

type Payload = Awaited<ReturnType<typeof sitePayload>>

const published: Where = { _status: { equals: 'published' } }

/**
 * The article at `slug` as the reader may see it: the published version for everyone, the latest
 * draft for a logged-in editor in draft mode. Access rules apply (`overrideAccess: false`), so a
 * draft never leaks to an anonymous reader even if the where clause were wrong.
 */
export const findArticle = async (
  payload: Payload,
  { articlesCollection }: SiteOptions,
  slug: string,
  editor: null | TypedUser,
): Promise<null | SiteArticle> => {
  const bySlug: Where = { slug: { equals: slug } }
  const { docs } = await payload.find({
    collection: articlesCollection,
    depth: 1,
    draft: Boolean(editor),
    limit: 1,
    overrideAccess: false,
    pagination: false,
    user: editor ?? undefined,
    where: editor ? bySlug : { and: [bySlug, published] },
  })
  return (docs[0] as SiteArticle | undefined) ?? null
}

/** Every published article, newest first, with what the index shows. */
export const listPublishedArticles = async (
  payload: Payload,
  { articlePath, articlesCollection }: SiteOptions,
): Promise<ArticleSummary[]> => {
  const { docs } = await payload.find({
    collection: articlesCollection,
    depth: 0,
    overrideAccess: false,
    pagination: false,
    select: { brief: true, meta: true, publishedAt: true, slug: true, title: true },
    sort: '-publishedAt',
    where: published,
  })
  return (docs as SiteArticle[]).flatMap((doc) =>
    doc.slug
      ? [
          {
            brief: doc.brief,
            description: doc.meta?.description ?? undefined,
            href: articlePath(doc),
            id: doc.id,
            publishedAt: doc.publishedAt ?? undefined,
            title: doc.title ?? doc.slug,
          },
        ]
      : [],
  )
}
