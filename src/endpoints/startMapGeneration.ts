import type { CollectionSlug, PayloadRequest } from 'payload'

import type { GenerateTopicalMapResult } from '../maps/generateTopicalMap.js'
import type { MapProgress } from '../maps/mapProgress.js'
import type { Doc } from '../pipeline/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'
import type { MapGenerateBody } from './mapGenerateInput.js'

import { generateTopicalMap } from '../maps/generateTopicalMap.js'
import { selectMapBriefs } from '../maps/mapBriefs.js'
import { getMapProgress } from '../maps/mapProgress.js'
import { HttpError } from './defineEndpoint.js'
import { readAsUser } from './readAsUser.js'

type MapArgs = { idField: string; topicalMap: unknown }

/** The map as `req.user` may read it: 401 without a user, 404 / 403 otherwise. */
const readMapAsUser = (
  req: PayloadRequest,
  options: ResolvedPromptKitOptions,
  { idField, topicalMap }: MapArgs,
) => {
  if (!req.user) throw new HttpError(401, 'You must be logged in.')
  return readAsUser(req, {
    collection: options.slugs.topicalMaps,
    field: idField,
    id: topicalMap,
    label: 'topical map',
  })
}

/** `access.generate` for each brief's article (or, for a brief without one, for a new article): 403 naming the first refused. */
const assertMayGenerate = async (req: PayloadRequest, options: ResolvedPromptKitOptions, briefs: Doc[]) => {
  for (const brief of briefs) {
    const found = await req.payload.find({
      collection: options.articles.collection as CollectionSlug,
      depth: 0,
      limit: 1,
      pagination: false,
      req,
      select: {},
      sort: 'createdAt',
      where: { brief: { equals: brief.id } },
    })
    const articleID = found.docs[0]?.id as number | string | undefined
    if (!(await options.access.generate({ articleID, req }))) {
      throw new HttpError(
        403,
        `You are not allowed to generate the article of brief "${String(brief.title)}" (ID ${String(brief.id)}).`,
        'briefs',
      )
    }
  }
}

/**
 * Queue (or, with `dryRun`, only forecast) a map's generation on behalf of `req.user`, shared by
 * REST and GraphQL: the map must be readable (404/403), `access.generate` must allow every article
 * (403), then generateTopicalMap plans and queues (400 for a brief outside the map or an unknown phase).
 */
export const startMapGeneration = async (
  req: PayloadRequest,
  options: ResolvedPromptKitOptions,
  args: MapArgs & MapGenerateBody,
): Promise<GenerateTopicalMapResult> => {
  if (options.disabled)
    throw new HttpError(503, 'Generation is turned off: payload-prompt-kit runs with `disabled: true`.')
  const map = await readMapAsUser(req, options, args)
  if (!args.dryRun)
    await assertMayGenerate(
      req,
      options,
      await selectMapBriefs({ options, payload: req.payload, req }, map, args.briefs),
    )
  return generateTopicalMap(req.payload, {
    briefs: args.briefs,
    budget: { maxCostUsd: args.maxCostUsd, maxTokens: args.maxTokens },
    dryRun: args.dryRun,
    force: args.force,
    phases: args.phases,
    req,
    topicalMap: map.id,
    user: req.user,
  })
}

/** The map's generation progress, for users who may read the map. */
export const readMapProgress = async (
  req: PayloadRequest,
  options: ResolvedPromptKitOptions,
  args: MapArgs,
): Promise<MapProgress> => {
  const map = await readMapAsUser(req, options, args)
  return getMapProgress(req.payload, { req, topicalMap: map.id })
}
