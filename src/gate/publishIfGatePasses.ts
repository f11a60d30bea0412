import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { isolateObjectProperty } from 'payload'

import type { PublishGateFailure } from './PublishGateError.js'

import { getPromptKitOptions } from '../pluginOptions.js'
import { PublishGateError } from './PublishGateError.js'

export type PublishIfGatePassesResult = {
  /** The failed checks when the gate refused; empty when published. */
  failures: PublishGateFailure[]
  published: boolean
}

/**
 * A view of `req` with neither its transaction nor its user. A refused publish rolls back the
 * transaction it ran in, which must not undo the caller's writes; and without a user no admin's
 * pending override can be spent on content nobody reviewed.
 */
const automaticReq = (req: PayloadRequest): PayloadRequest => {
  const own = isolateObjectProperty(req, ['transactionID', 'user'])
  delete own.transactionID
  own.user = null
  return own
}

/**
 * Publish the article's latest version (draft included) if the pre-publish gate passes; otherwise it
 * stays a draft and the failed checks are returned. Errors other than the gate's are thrown. For
 * `autoPublish` at the end of a pipeline run. Never uses an admin override.
 */
export const publishIfGatePasses = async (
  payload: Payload,
  articleId: number | string,
  { req }: { req?: PayloadRequest } = {},
): Promise<PublishIfGatePassesResult> => {
  const options = getPromptKitOptions(payload)
  if (options.disabled) {
    // The gate's hooks are off, so publishing now would skip every check.
    throw new Error(
      'payload-prompt-kit: publishIfGatePasses cannot run while the plugin is disabled (no pre-publish gate)',
    )
  }
  const collection = options.articles.collection
  try {
    await payload.update({
      collection: collection as CollectionSlug,
      data: { _status: 'published' },
      depth: 0,
      id: articleId,
      ...(req ? { req: automaticReq(req) } : {}),
    })
  } catch (err) {
    if (!(err instanceof PublishGateError)) throw err
    payload.logger.info({
      failedChecks: err.failures.map((f) => f.id),
      msg: `payload-prompt-kit: ${collection} ${String(articleId)} not published automatically; it stays a draft for review`,
    })
    return { failures: err.failures, published: false }
  }
  payload.logger.info(
    `payload-prompt-kit: ${collection} ${String(articleId)} passed the pre-publish checks and was published`,
  )
  return { failures: [], published: true }
}
