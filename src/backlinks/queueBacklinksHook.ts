import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../pipeline/types.js'
import { BACKLINKS_TASK } from './backlinksTask.js'

/**
 * Articles `afterChange`: when a save publishes the article (the version before it was not
 * published), queue the backlinks job. Queued with the save's request, so the job exists only if
 * the publish commits; a failure to queue is logged and never fails the publish.
 */
export const queueBacklinksHook: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc?._status !== 'published' || previousDoc?._status === 'published') return doc
  const user = idOf(req.user)
  try {
    await req.payload.jobs.queue({
      input: { article: String(doc.id), ...(user === undefined ? {} : { user: String(user) }) },
      req,
      task: BACKLINKS_TASK,
    } as never)
  } catch (err) {
    req.payload.logger.warn(
      `payload-prompt-kit: could not queue link proposals to article ${String(doc.id)}: ${err instanceof Error ? err.message : String(err)}`,
    )
  }
  return doc
}
