import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'
import type { Doc, KitPhase, RunKit } from './types.js'

import { defaultKit } from '../kit/defaultKit.js'
import { validateKitPhases } from '../kit/validateKit.js'
import { ownReq } from './ownReq.js'
import { idOf } from './types.js'

/** Thrown when a run cannot start at all; the message is meant for editors. */
export class PipelineSetupError extends Error {
  override name = 'PipelineSetupError'
}

/** The brief's kit, or the default kit; with the id of its latest version, which pins cache entries. */
export const loadRunKit = async (
  payload: Payload,
  options: ResolvedPromptKitOptions,
  brief: Doc,
  req?: PayloadRequest,
): Promise<RunKit> => {
  const collection = options.slugs.promptKits as CollectionSlug
  const kitId = idOf(brief.kit)
  let kit: Doc | undefined
  if (kitId !== undefined) {
    kit = (await payload.findByID({ collection, depth: 0, disableErrors: true, id: kitId, req: ownReq(req) })) as Doc | undefined
    if (!kit) throw new PipelineSetupError(`The brief's prompt kit (${String(kitId)}) no longer exists; choose another kit on the brief.`)
  } else {
    const found = await payload.find({
      collection,
      depth: 0,
      limit: 1,
      req: ownReq(req),
      where: { slug: { equals: defaultKit.slug } },
    })
    kit = found.docs[0] as Doc | undefined
    if (!kit) {
      throw new PipelineSetupError(
        `The brief names no prompt kit and the default kit "${defaultKit.slug}" does not exist; choose a kit on the brief or enable seedDefaultKit.`,
      )
    }
  }

  const phases = (Array.isArray(kit.phases) ? kit.phases : []) as KitPhase[]
  const problems = validateKitPhases(phases)
  if (problems.length) {
    throw new PipelineSetupError(`The prompt kit "${String(kit.name ?? kit.id)}" is invalid: ${problems.map((p) => p.message).join('; ')}`)
  }

  let version = String(kit.updatedAt ?? '')
  try {
    const versions = await payload.findVersions({
      collection,
      depth: 0,
      limit: 1,
      req: ownReq(req),
      sort: '-updatedAt',
      where: { parent: { equals: kit.id } },
    })
    if (versions.docs[0]) version = String(versions.docs[0].id)
  } catch {
    // Versions turned off by an override: updatedAt identifies the kit's state well enough.
  }
  return {
    id: kit.id,
    phases: phases.map((p) => ({ ...p, dependsOn: [...(p.dependsOn ?? [])] })),
    version,
  }
}
