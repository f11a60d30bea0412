import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import type { ResolvedPromptKitOptions } from '../types.js'
import type { DraftPhase } from './kitPhasePreview.js'

import { phaseHandlers } from '../phases/index.js'
import { loadRunKit } from '../pipeline/loadKit.js'
import { defineEndpoint, HttpError } from './defineEndpoint.js'
import { docIdInput } from './docIdInput.js'
import { previewKitPhase } from './kitPhasePreview.js'
import { readAsUser } from './readAsUser.js'
import { bodyLimitOf } from './requestBody.js'

const MAX_TEMPLATE = 100_000

const outputKinds = Object.keys(phaseHandlers) as [keyof typeof phaseHandlers, ...(keyof typeof phaseHandlers)[]]

/** A phase as the kit form holds it: anything but the previewed phase's key may still be empty. */
const draftPhase = z.object({
  dependsOn: z.array(z.string().max(200)).max(100).nullish(),
  key: z.string().max(200).nullish(),
  maxTokens: z.number().int().positive().nullish(),
  model: z.string().max(200).nullish(),
  outputKind: z.enum(outputKinds, { error: `must be one of the output kinds: ${outputKinds.join(', ')}` }).nullish(),
  template: z.string().max(MAX_TEMPLATE).nullish(),
  title: z.string().max(500).nullish(),
})

const previewBody = z.object({
  brief: docIdInput('a brief'),
  phase: draftPhase.extend({ key: z.string().trim().min(1, 'give the phase a key').max(200) }),
  /** The kit's phases as edited; without them, the brief's saved kit is used. */
  phases: z.array(draftPhase).max(100).optional(),
})

/** Editors of kits only: the user must be allowed to create or update prompt kits. */
const assertKitEditor = async (req: PayloadRequest, slug: string) => {
  const { access } = req.payload.collections[slug as CollectionSlug]!.config
  const allowed = (await access.update?.({ req })) || (await access.create?.({ data: {}, req }))
  if (!allowed) throw new HttpError(403, 'You are not allowed to edit prompt kits.')
}

/** The brief's saved kit phases, or none when it has no usable kit (the preview still renders). */
const savedKitPhases = async (req: PayloadRequest, options: ResolvedPromptKitOptions, brief: { [k: string]: unknown; id: number | string }) =>
  loadRunKit(req.payload, options, brief, req).then(
    (kit) => kit.phases as DraftPhase[],
    () => [] as DraftPhase[],
  )

/**
 * `POST /api/<prompt-kits>/preview-template`: one phase of a kit being edited (unsaved values
 * included), rendered against a brief with token and cost estimates and the kit's validation
 * problems. Nothing is sent to the model. 400 names the bad field, 404 an unknown brief.
 */
export const kitPreviewEndpoint = (options: ResolvedPromptKitOptions) =>
  defineEndpoint({
    body: previewBody,
    handler: async ({ body, req }) => {
      await assertKitEditor(req, options.slugs.promptKits)
      const brief = await readAsUser(req, { collection: options.slugs.briefs, field: 'brief', id: body.brief, label: 'brief' })
      const kitPhases = body.phases ?? (await savedKitPhases(req, options, brief))
      return Response.json(await previewKitPhase(req, options, { brief, kitPhases, phase: body.phase }))
    },
    maxBodyBytes: bodyLimitOf(options),
    method: 'post',
    path: '/preview-template',
    rateLimit: 'previewTemplate',
  })

/** Endpoints mounted on the prompt kits collection (`/api/<prompt-kits>/...`). */
export const kitPreviewEndpoints = (options: ResolvedPromptKitOptions): Endpoint[] => [kitPreviewEndpoint(options)]
