import type { PayloadRequest, RequestContext } from 'payload'

import { isolateObjectProperty } from 'payload'

import { ownReq } from './ownReq.js'

/** `req.context` flag on the pipeline's own article writes, so the human-edit guard lets them through. */
export const PIPELINE_WRITE = 'promptKitPipeline'

export const isPipelineWrite = (context: RequestContext | undefined): boolean => context?.[PIPELINE_WRITE] === true

export const pipelineContext = (): RequestContext => ({ [PIPELINE_WRITE]: true })

/**
 * `ownReq(req)` with a `context` of its own too: the Local API merges the flag into `req.context`,
 * and on a shared request it would leak into the caller's later (human) saves.
 */
export const pipelineReq = (req: PayloadRequest | undefined): PayloadRequest | undefined => {
  const own = ownReq(req)
  return own ? isolateObjectProperty(own, 'context') : undefined
}
