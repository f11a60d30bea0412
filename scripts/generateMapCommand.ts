/** `npm run generate -- --map <id or slug>`: see generate.ts. */
import type { CollectionSlug, Payload } from 'payload'

import type { GenerateTopicalMapResult } from '../src/maps/generateTopicalMap.js'
import type { ResolvedPromptKitOptions } from '../src/types.js'

import { parseDocId } from '../src/endpoints/docId.js'
import { generateTopicalMap } from '../src/maps/generateTopicalMap.js'
import { getMapProgress } from '../src/maps/mapProgress.js'
import { HttpError } from '../src/shared/httpError.js'
import { CliError } from './cliError.js'
import { mapProgressPrinter, mapTotalsLine } from './progress.js'
import { runJobToEnd } from './runJob.js'

const POLL_MS = 500

export type MapCommandArgs = {
  briefs?: string[]
  dryRun: boolean
  force: boolean
  /** Articles run at the same time in this process; the pillar's job is started first. */
  jobs: number
  map: string
  maxCostUsd?: number
  maxTokens?: number
  phases?: string[]
}

type Doc = { [field: string]: unknown; id: number | string }

/** A topical map by ID or by slug. */
const findMap = async (
  payload: Payload,
  options: ResolvedPromptKitOptions,
  idOrSlug: string,
): Promise<Doc> => {
  const collection = options.slugs.topicalMaps as CollectionSlug
  const id = parseDocId(payload, collection, idOrSlug)
  const byId =
    id === undefined ? null : await payload.findByID({ collection, depth: 0, disableErrors: true, id })
  if (byId) return byId as Doc
  const bySlug = await payload.find({ collection, depth: 0, limit: 1, where: { slug: { equals: idOrSlug } } })
  if (bySlug.docs[0]) return bySlug.docs[0] as Doc
  throw new CliError(`no topical map with ID or slug "${idOrSlug}" in the database of ${payload.db.name}`)
}

const forecastLine = ({ forecast }: GenerateTopicalMapResult) => {
  const { time, totals } = forecast
  const basis =
    time.basis === 'rateLimits'
      ? 'at the configured rate limits'
      : `estimated at ~20 s per call, ${time.concurrency} at a time`
  return `forecast: ${totals.articles} article(s), ${totals.calls} calls, ${totals.promptTokens} prompt + up to ${totals.completionTokens} completion tokens, at most $${totals.cost.toFixed(6)}, about ${time.seconds}s (${basis})`
}

/** Run the batch's jobs in queue order, `jobs` at a time. */
const runQueued = async (
  payload: Payload,
  jobIds: (number | string)[],
  jobs: number,
  out: (line: string) => void,
) => {
  const pending = [...jobIds]
  const worker = async () => {
    for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
      await runJobToEnd(payload, next, (waitMs, tried) =>
        out(`job ${String(next)}: attempt ${tried} failed; retrying in ${(waitMs / 1000).toFixed(0)}s`),
      )
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker))
}

/** Queue the map's batch, run it here with one progress line per article change, and print the total. */
export const generateMap = async (
  payload: Payload,
  options: ResolvedPromptKitOptions,
  args: MapCommandArgs,
  out: (line: string) => void,
): Promise<number> => {
  const map = await findMap(payload, options, args.map)
  const briefs = args.briefs?.map((brief) => parseDocId(payload, options.slugs.briefs, brief) ?? brief)
  const startedAt = Date.now()
  const result = await generateTopicalMap(payload, {
    briefs,
    budget: { maxCostUsd: args.maxCostUsd, maxTokens: args.maxTokens },
    dryRun: args.dryRun,
    force: args.force,
    phases: args.phases,
    topicalMap: map.id,
  }).catch((error: unknown) => {
    throw error instanceof HttpError ? new CliError(error.message) : error
  })
  out(`topical map "${String(map.title)}": ${result.queued.length} queued, ${result.skipped.length} skipped`)
  out(forecastLine(result))
  for (const skipped of result.skipped)
    out(`  skipped (${skipped.reason}): ${skipped.title}: ${skipped.message}`)
  if (args.dryRun) return 0

  const print = mapProgressPrinter(out, startedAt)
  const batch = result.batch!.id
  let running = true
  const watcher = (async () => {
    while (running) {
      print(await getMapProgress(payload, { batch, topicalMap: map.id }))
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
  })()
  try {
    await runQueued(
      payload,
      result.queued.map((entry) => entry.job),
      args.jobs,
      out,
    )
  } finally {
    running = false
    await watcher
  }
  const progress = await getMapProgress(payload, { batch, topicalMap: map.id })
  print(progress)
  out(mapTotalsLine(progress, Date.now() - startedAt))
  if (progress.totals.failed > 0)
    throw new CliError(`${progress.totals.failed} article(s) of the map failed; see the lines above`)
  return 0
}
