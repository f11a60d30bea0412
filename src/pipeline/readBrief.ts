import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'
import type { Doc, Id } from './types.js'

import { ownReq } from './ownReq.js'

/** The brief with this ID (depth 0, as the plugin reads it), or null when there is none. */
export const readBrief = async (payload: Payload, options: ResolvedPromptKitOptions, id: Id, req?: PayloadRequest): Promise<Doc | null> =>
  ((await payload.findByID({
    collection: options.slugs.briefs as CollectionSlug,
    depth: 0,
    disableErrors: true,
    id,
    req: ownReq(req),
  })) as Doc | null) ?? null
