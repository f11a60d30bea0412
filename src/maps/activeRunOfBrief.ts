import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Doc, Id } from '../pipeline/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'

import { activeRunOf } from '../pipeline/activeRun.js'
import { ownReq } from '../pipeline/ownReq.js'

type Context = { options: ResolvedPromptKitOptions; payload: Payload; req?: PayloadRequest }

/**
 * The active run of the article generateArticle would run for this brief (its oldest), or null.
 * Checked before queueing so the batch can say why a brief was left out; generateArticle checks
 * again under the article's lock.
 */
export const activeRunOfBrief = async (
  { options, payload, req }: Context,
  briefId: Id,
): Promise<{ article: Id; runId: string } | null> => {
  const found = await payload.find({
    collection: options.articles.collection as CollectionSlug,
    depth: 0,
    draft: true,
    limit: 1,
    pagination: false,
    req: ownReq(req),
    select: { run: true, updatedAt: true },
    sort: 'createdAt',
    where: { brief: { equals: briefId } },
  })
  const article = found.docs[0] as Doc | undefined
  if (!article) return null
  const run = await activeRunOf(payload, article, req)
  return run ? { article: article.id, runId: String(run.runId) } : null
}
