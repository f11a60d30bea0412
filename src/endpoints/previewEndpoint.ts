import type { ResolvedPromptKitOptions } from '../types.js'

import { PipelineSetupError } from '../pipeline/loadKit.js'
import { previewGeneration } from '../pipeline/preview.js'
import { defineEndpoint, HttpError } from './defineEndpoint.js'
import { readAsUser } from './readAsUser.js'
import { bodyLimitOf } from './requestBody.js'

/** The `phases` query parameter as a list; present but empty (`?phases=`) is a mistake, not "all". */
const requestedPhases = (searchParams: URLSearchParams | undefined): string[] => {
  const phases = (searchParams?.get('phases') ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean)
  if (searchParams?.has('phases') && phases.length === 0) {
    throw new HttpError(400, 'phases: list at least one phase key, e.g. ?phases=outline,body, or leave `phases` out for every phase.', 'phases')
  }
  return phases
}

/**
 * `GET /api/<briefs>/:id/preview[?phases=a,b]`: every phase's rendered prompt with token and cost
 * estimates, before anything is paid for. Needs read access to the brief.
 */
export const previewEndpoint = (options: ResolvedPromptKitOptions) =>
  defineEndpoint({
    handler: async ({ params, req }) => {
      const phases = requestedPhases(req.searchParams)
      const brief = await readAsUser(req, { collection: options.slugs.briefs, field: 'id', id: params.id, label: 'brief' })
      try {
        return Response.json(await previewGeneration(req.payload, { brief: brief.id, phases, req }))
      } catch (err) {
        // A missing kit or unknown phase is the caller's to fix, not a server fault.
        if (err instanceof PipelineSetupError) throw new HttpError(400, err.message)
        throw err
      }
    },
    maxBodyBytes: bodyLimitOf(options),
    method: 'get',
    path: '/:id/preview',
    rateLimit: 'preview',
  })
