import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import type { ResolvedPromptKitOptions } from '../types.js'

import { importPromptKitPage, PromptKitImportError } from '../importer/importPromptKitPage.js'
import { defineEndpoint, HttpError } from './defineEndpoint.js'
import { importBodyLimitOf } from './requestBody.js'

const body = z.object({
  text: z.string().min(1, 'Paste the text of a prompt kit page (JSON `{ "text": … }` or a text/plain body).'),
})

/** Payload checks no access on custom endpoints, so ask the briefs collection's own `create` rule. */
const canCreateBriefs = async (req: PayloadRequest, slug: string): Promise<boolean> => {
  const create = req.payload.collections[slug]?.config.access?.create
  return create ? Boolean(await create({ req })) : Boolean(req.user)
}

/**
 * `POST /api/<briefs>/import`: paste a prompt kit page, get its brief, topical map and pillar brief.
 * Answers 201 when the brief is new, 200 when an existing brief (same title) was updated.
 */
export const importBriefEndpoint = (options: ResolvedPromptKitOptions): Endpoint =>
  defineEndpoint({
    body,
    handler: async ({ body: { text }, req }) => {
      if (!(await canCreateBriefs(req, options.slugs.briefs))) {
        throw new HttpError(403, 'You are not allowed to create briefs.')
      }
      try {
        const { brief, created, pillarBrief, topicalMap } = await importPromptKitPage(req.payload, text, { options, req })
        return Response.json({ brief, pillarBrief, topicalMap }, { status: created ? 201 : 200 })
      } catch (error) {
        if (error instanceof PromptKitImportError) throw new HttpError(400, error.message, 'text')
        throw error
      }
    },
    maxBodyBytes: importBodyLimitOf(options),
    method: 'post',
    path: '/import',
    rateLimit: 'import',
  })
