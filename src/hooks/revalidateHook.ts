import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

type SiteDoc = { _status?: null | string; slug?: null | string }

const isPublic = (doc: SiteDoc | undefined): doc is SiteDoc => Boolean(doc?.slug) && doc?._status === 'published'

/** The article's path(s) on the site, then `/` (the index lists published articles). */
export const pathsToRevalidate = (
  articlePath: ResolvedPromptKitOptions['site']['articlePath'],
  docs: Array<SiteDoc | undefined>,
): string[] => [...new Set([...docs.filter(isPublic).map((doc) => articlePath(doc)), '/'])]

const revalidate = async (options: ResolvedPromptKitOptions, req: PayloadRequest, docs: Array<SiteDoc | undefined>) => {
  const { articlePath, revalidate: refresh } = options.site
  // Only pages the public can see change: a draft that was never published has none.
  if (!refresh || !docs.some(isPublic)) return
  const paths = pathsToRevalidate(articlePath, docs)
  try {
    await refresh(paths, { req })
  } catch (err) {
    // The save has succeeded; a stale page is not worth failing it for.
    req.payload.logger.error({ err, msg: `payload-prompt-kit: site.revalidate failed for ${paths.join(', ')}` })
  }
}

/**
 * Refresh the site after a publish, an edit of a published article (including a slug change:
 * the old path goes too) and an unpublish. Runs inside the save; Next applies `revalidatePath`
 * when the request ends, after the transaction has committed.
 */
export const revalidateAfterChangeHook =
  (options: ResolvedPromptKitOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    await revalidate(options, req, [doc as SiteDoc, previousDoc as SiteDoc | undefined])
    return doc
  }

/** Deleting a published article removes its page and its entry on the index. */
export const revalidateAfterDeleteHook =
  (options: ResolvedPromptKitOptions): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await revalidate(options, req, [doc as SiteDoc])
    return doc
  }
