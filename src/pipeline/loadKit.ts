import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'
import type { Doc, Id, KitPhase, RunKit } from './types.js'

import { defaultKit } from '../kit/defaultKit.js'
import { validateKitPhases } from '../kit/validateKit.js'
import { ownReq } from './ownReq.js'
import { idOf } from './types.js'

/** Thrown when a run cannot start at all; the message is meant for editors. */
export class PipelineSetupError extends Error {
  override name = 'PipelineSetupError'
}

/** The kit as it was saved in one version (`payload.findVersionByID`), for a run pinned to it. */
const loadKitVersion = async (payload: Payload, options: ResolvedPromptKitOptions, versionId: Id, req?: PayloadRequest): Promise<RunKit> => {
  const collection = options.slugs.promptKits as CollectionSlug
  const found = (await payload
    .findVersionByID({ collection, depth: 0, disableErrors: true, id: versionId as string, req: ownReq(req) })
    .catch(() => null)) as { id: Id; parent?: unknown; version?: Doc } | null
  const kit = found?.version
  const parent = idOf(found?.parent)
  if (!kit || parent === undefined) throw new PipelineSetupError(`No version "${String(versionId)}" of a prompt kit exists.`)
  return checked({ ...kit, id: parent }, String(found.id))
}

/** The kit's phases, validated; a stored kit can predate today's rules. */
const checked = (kit: Doc, version: string): RunKit => {
  const phases = (Array.isArray(kit.phases) ? kit.phases : []) as KitPhase[]
  const problems = validateKitPhases(phases)
  if (problems.length) {
    throw new PipelineSetupError(`The prompt kit "${String(kit.name ?? kit.id)}" is invalid: ${problems.map((p) => p.message).join('; ')}`)
  }
  return { id: kit.id, phases: phases.map((p) => ({ ...p, dependsOn: [...(p.dependsOn ?? [])] })), version }
}

/**
 * ID of the kit's newest version (every save of a kit is one), recorded on each generation so a
 * result can be traced to the kit it came from. Without versions (an override turned them off)
 * updatedAt identifies the kit's state well enough.
 */
const latestVersionId = async (payload: Payload, collection: CollectionSlug, kit: Doc, req?: PayloadRequest): Promise<string> => {
  const versions = await payload
    .findVersions({ collection, depth: 0, limit: 1, pagination: false, req: ownReq(req), select: {}, sort: '-updatedAt', where: { parent: { equals: kit.id } } })
    .catch(() => undefined)
  const newest = versions?.docs[0]
  return newest ? String(newest.id) : String(kit.updatedAt ?? '')
}

const findDefaultKit = async (payload: Payload, collection: CollectionSlug, req?: PayloadRequest): Promise<Doc> => {
  const found = await payload.find({ collection, depth: 0, limit: 1, pagination: false, req: ownReq(req), where: { slug: { equals: defaultKit.slug } } })
  const kit = found.docs[0] as Doc | undefined
  if (!kit) {
    throw new PipelineSetupError(
      `The brief names no prompt kit and the default kit "${defaultKit.slug}" does not exist; choose a kit on the brief or enable seedDefaultKit.`,
    )
  }
  return kit
}

/**
 * The brief's kit, or the default kit, with the ID of its latest version. With `kitVersion`, that
 * saved version of a kit instead (a run pinned to an older kit).
 */
export const loadRunKit = async (
  payload: Payload,
  options: ResolvedPromptKitOptions,
  brief: Doc,
  req?: PayloadRequest,
  kitVersion?: Id | null,
): Promise<RunKit> => {
  if (kitVersion !== undefined && kitVersion !== null && kitVersion !== '') return loadKitVersion(payload, options, kitVersion, req)
  const collection = options.slugs.promptKits as CollectionSlug
  const kitId = idOf(brief.kit)
  let kit: Doc
  if (kitId === undefined) {
    kit = await findDefaultKit(payload, collection, req)
  } else {
    const found = (await payload.findByID({ collection, depth: 0, disableErrors: true, id: kitId, req: ownReq(req) })) as Doc | null
    if (!found) throw new PipelineSetupError(`The brief's prompt kit (${String(kitId)}) no longer exists; choose another kit on the brief.`)
    kit = found
  }
  return checked(kit, await latestVersionId(payload, collection, kit, req))
}
