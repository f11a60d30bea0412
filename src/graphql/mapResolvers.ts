import type { PayloadRequest } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { mapGenerateBody } from '../endpoints/mapGenerateInput.js'
import { readMapProgress, startMapGeneration } from '../endpoints/startMapGeneration.js'
import { checkRateLimit } from '../rateLimit/checkRateLimit.js'
import { rateLimitedGraphQLError } from '../rateLimit/rateLimitedGraphQLError.js'
import { HttpError } from '../shared/httpError.js'
import { toGraphQLError } from './toGraphQLError.js'

type Context = { req: PayloadRequest }

type MapGenerateArgs = {
  briefs?: null | string[]
  dryRun?: boolean | null
  force?: boolean | null
  maxCostUsd?: null | number
  maxTokens?: null | number
  phases?: null | string[]
  topicalMap: string
}

const orUndefined = <T>(value: null | T | undefined): T | undefined => (value === null ? undefined : value)

/** `generateTopicalMap(topicalMap, …)`: the REST endpoint's checks (one `generate` rate-limit call), then plan and queue. */
export const generateTopicalMapResolver =
  (options: ResolvedPromptKitOptions) =>
  async (_source: unknown, { topicalMap, ...args }: MapGenerateArgs, { req }: Context) => {
    try {
      const limited = await checkRateLimit(req, 'generate')
      if (limited.limited) throw rateLimitedGraphQLError(limited)
      const parsed = mapGenerateBody.safeParse(
        Object.fromEntries(Object.entries(args).map(([key, value]) => [key, orUndefined(value)])),
      )
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!
        const field = issue.path.join('.') || undefined
        throw new HttpError(400, field ? `${field}: ${issue.message}` : issue.message, field)
      }
      return await startMapGeneration(req, options, { ...parsed.data, idField: 'topicalMap', topicalMap })
    } catch (error) {
      throw toGraphQLError(error)
    }
  }

/** `topicalMapGeneration(topicalMap)`: the latest batch's progress, for users who may read the map. */
export const topicalMapGenerationResolver =
  (options: ResolvedPromptKitOptions) =>
  async (_source: unknown, { topicalMap }: { topicalMap: string }, { req }: Context) => {
    try {
      return await readMapProgress(req, options, { idField: 'topicalMap', topicalMap })
    } catch (error) {
      throw toGraphQLError(error)
    }
  }
