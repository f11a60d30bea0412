import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'
import type { Doc, Id, KitPhase, RunKit } from './types.js'

import { defaultKit } from '../kit/defaultKit.js'
import { validateKitPhases } from '../kit/validateKit.js'
import { newestVersion } from './newestVersion.js'
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
 * The brief's kit, or the default kit; with the id of its latest version, which pins cache entries.
 * With `kitVersion`, that saved version of a kit instead (a run pinned to an older kit).
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
  const kitId = idOf(brief.kit) ?? defaultKitIds.get(payload)
  if (kitId !== undefined) {
    // A kit's every save is a new version: an unchanged newest version means an unchanged kit.
    const versionId = await latestVersionId(payload, collection, kitId, req)
    const cached = versionId === undefined ? undefined : runKits.get(payload)?.get(cacheKey(kitId, req))
    if (cached && cached.versionId === versionId) return structuredClone(cached.kit)
    const kit = (await payload.findByID({ collection, depth: 0, disableErrors: true, id: kitId, req: ownReq(req) })) as Doc | undefined
    const briefKit = idOf(brief.kit) !== undefined
    if (kit && (briefKit || kit.slug === defaultKit.slug)) {
      return remember(payload, kit, versionId, req)
    }
    if (briefKit) throw new PipelineSetupError(`The brief's prompt kit (${String(kitId)}) no longer exists; choose another kit on the brief.`)
    // The default kit was deleted or renamed since: look it up by its slug again.
    defaultKitIds.delete(payload)
  }
  const found = await payload.find({
    collection,
    depth: 0,
    limit: 1,
    req: ownReq(req),
    where: { slug: { equals: defaultKit.slug } },
  })
  const kit = found.docs[0] as Doc | undefined
  if (!kit) {
    throw new PipelineSetupError(
      `The brief names no prompt kit and the default kit "${defaultKit.slug}" does not exist; choose a kit on the brief or enable seedDefaultKit.`,
    )
  }
  defaultKitIds.set(payload, kit.id)
  return remember(payload, kit, await latestVersionId(payload, collection, kit.id, req), req)
}

/**
 * Kits as last loaded, per Payload instance, with the newest version they were read at: a run
 * (and generateArticle before it) asks for the same kit over and over, and a kit is a large
 * document. Without versions (an override turned them off) nothing is kept.
 */
const runKits = new WeakMap<Payload, Map<string, { kit: RunKit; versionId: string }>>()
const defaultKitIds = new WeakMap<Payload, Id>()
const MAX_KITS = 50

const cacheKey = (kitId: Id, req?: PayloadRequest) => `${String(kitId)}|${String(req?.locale ?? '')}`

/** The kit as read, validated, and kept for the next load when it has a version to be checked by. */
const remember = (payload: Payload, doc: Doc, versionId: string | undefined, req?: PayloadRequest): RunKit => {
  const kit = checked(doc, versionId ?? String(doc.updatedAt ?? ''))
  if (versionId === undefined) return kit
  let byKey = runKits.get(payload)
  if (!byKey) runKits.set(payload, (byKey = new Map()))
  const key = cacheKey(kit.id, req)
  byKey.delete(key)
  byKey.set(key, { kit: structuredClone(kit), versionId })
  if (byKey.size > MAX_KITS) byKey.delete(byKey.keys().next().value as string)
  return kit
}

/**
 * ID of the kit's newest version, read from the database directly (only the ID is needed, so no
 * hooks or whole version documents). Undefined when there is none, or versions are turned off by an
 * override: then updatedAt identifies the kit's state well enough.
 */
const latestVersionId = async (payload: Payload, collection: CollectionSlug, kitId: Id, req?: PayloadRequest): Promise<string | undefined> =>
  newestVersion(payload, collection, kitId, req).then(
    (version) => version?.id,
    () => undefined,
  )
