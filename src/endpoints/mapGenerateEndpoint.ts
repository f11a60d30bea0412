import type { Endpoint } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { defineEndpoint } from './defineEndpoint.js'
import { mapGenerateBody } from './mapGenerateInput.js'
import { bodyLimitOf } from './requestBody.js'
import { readMapProgress, startMapGeneration } from './startMapGeneration.js'

/**
 * `POST /api/<topical-maps>/:id/generate`: 202 `{ batch, forecast, queued, skipped }`; with
 * `dryRun: true`, 200 `{ forecast, queued: [], skipped }` and nothing queued. Counted as one call
 * against the `generate` rate limit.
 */
export const mapGenerateEndpoint = (options: ResolvedPromptKitOptions): Endpoint =>
  defineEndpoint({
    body: mapGenerateBody,
    handler: async ({ body, params, req }) => {
      const result = await startMapGeneration(req, options, { ...body, idField: 'id', topicalMap: params.id })
      if (body.dryRun)
        return Response.json(
          { forecast: result.forecast, queued: result.queued, skipped: result.skipped },
          { status: 200 },
        )
      return Response.json(result, { status: 202 })
    },
    maxBodyBytes: bodyLimitOf(options),
    method: 'post',
    path: '/:id/generate',
    rateLimit: 'generate',
  })

/** `GET /api/<topical-maps>/:id/generation`: the latest batch's progress, per article and in total. */
export const mapProgressEndpoint = (options: ResolvedPromptKitOptions): Endpoint =>
  defineEndpoint({
    handler: async ({ params, req }) =>
      Response.json(await readMapProgress(req, options, { idField: 'id', topicalMap: params.id })),
    maxBodyBytes: bodyLimitOf(options),
    method: 'get',
    path: '/:id/generation',
  })

/** Endpoints mounted on the topical maps collection. */
export const mapEndpoints = (options: ResolvedPromptKitOptions): Endpoint[] => [
  mapGenerateEndpoint(options),
  mapProgressEndpoint(options),
]
