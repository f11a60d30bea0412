import type { PayloadRequest } from 'payload'

import type { PipelineStatus } from '../pipeline/status.js'
import type { ResolvedPromptKitOptions } from '../types.js'

import { getPipelineStatus } from '../pipeline/status.js'
import { defineEndpoint, HttpError } from './defineEndpoint.js'
import { readAsUser } from './readAsUser.js'
import { bodyLimitOf } from './requestBody.js'

/** An article's pipeline status for `req.user`: 404/403 unless the user may read the article. */
export const readPipelineStatus = async (
  req: PayloadRequest,
  options: ResolvedPromptKitOptions,
  { article, idField }: { article: unknown; idField: string },
): Promise<PipelineStatus> => {
  if (!req.user) throw new HttpError(401, 'You must be logged in.')
  const doc = await readAsUser(req, { collection: options.articles.collection, field: idField, id: article, label: 'article' })
  return getPipelineStatus(req.payload, doc.id, { req })
}

/** `GET /api/<articles>/:id/pipeline`: the last run, every phase of the kit, and token/cost totals. */
export const pipelineEndpoint = (options: ResolvedPromptKitOptions) =>
  defineEndpoint({
    handler: async ({ params, req }) => Response.json(await readPipelineStatus(req, options, { article: params.id, idField: 'id' })),
    maxBodyBytes: bodyLimitOf(options),
    method: 'get',
    path: '/:id/pipeline',
  })
