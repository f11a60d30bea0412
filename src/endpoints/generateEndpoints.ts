import type { Endpoint } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { defineEndpoint } from './defineEndpoint.js'
import { generateBody } from './generateInput.js'
import { bodyLimitOf } from './requestBody.js'
import { startGeneration } from './startGeneration.js'

/**
 * `POST /api/<briefs>/:id/generate` and `POST /api/<articles>/:id/generate`: queue a run and
 * answer 202 `{ runId, articleId, status, phases }`. From a brief, its article is created as a
 * draft when it has none yet. Body: `{ phases?: string[], force?: boolean }`.
 */
export const generateEndpoint = (options: ResolvedPromptKitOptions, from: 'article' | 'brief'): Endpoint =>
  defineEndpoint({
    body: generateBody,
    handler: async ({ body, params, req }) => {
      const started = await startGeneration(req, options, { ...body, [from]: params.id, idField: 'id' })
      return Response.json(started, { status: 202 })
    },
    maxBodyBytes: bodyLimitOf(options),
    method: 'post',
    path: '/:id/generate',
    rateLimit: 'generate',
  })
