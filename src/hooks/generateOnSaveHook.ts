import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { HttpError } from '../shared/httpError.js'
import { startGeneration } from '../endpoints/startGeneration.js'
import { generateArticle } from '../generateArticle.js'
import { inCallerTransaction } from '../pipeline/ownReq.js'

/** Set `context: { [SKIP_GENERATE_ON_SAVE]: true }` on a save to keep it from queuing a run. */
export const SKIP_GENERATE_ON_SAVE = 'promptKitSkipGenerateOnSave'

const queueRun = async (req: PayloadRequest, options: ResolvedPromptKitOptions, briefId: number | string) => {
  const { logger } = req.payload
  const brief = `brief ${String(briefId)}`
  try {
    // A person saving needs the permission the Generate button asks for; server code (no user) does not.
    const run = req.user
      ? await startGeneration(req, options, { brief: briefId, idField: 'brief' })
      : await generateArticle(req.payload, { brief: briefId, req })
    logger.info(`payload-prompt-kit: ${brief} saved with "generate on save": queued run ${run.runId} for article ${String(run.articleId)}`)
  } catch (err) {
    if (err instanceof HttpError && err.status === 409) {
      logger.info(`payload-prompt-kit: ${brief} saved with "generate on save"; not queued: ${err.message}`)
    } else if (err instanceof HttpError) {
      // Expected refusals (no permission, no LLM configured, bad kit): the message says what to fix.
      logger.error(`payload-prompt-kit: ${brief} saved, but "generate on save" could not queue a run (${err.status}): ${err.message}`)
    } else {
      logger.error({ err, msg: `payload-prompt-kit: ${brief} saved, but "generate on save" failed to queue a run` })
    }
  }
}

/**
 * Briefs `afterChange`: when the brief has `generateOnSave`, queue a run for its article. Never
 * fails the save, and no loop: runs write articles and generations, never briefs.
 *
 * The run is queued in the save's own transaction (where the adapter has one): the draft article
 * and the job become visible to workers together with the brief, and are gone if the save rolls
 * back. Written beside the transaction, on PostgreSQL they would wait for the brief's row lock
 * that this very save holds.
 */
export const generateOnSaveHook =
  (options: ResolvedPromptKitOptions): CollectionAfterChangeHook =>
  async ({ context, doc, req }) => {
    if (options.disabled || doc?.generateOnSave !== true || context?.[SKIP_GENERATE_ON_SAVE]) return doc
    await queueRun(inCallerTransaction(req), options, doc.id)
    return doc
  }
