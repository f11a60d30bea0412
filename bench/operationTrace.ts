import type { Payload } from 'payload'

import type { BenchFake } from './fakeLlmProcess.js'

import { subscribe, unsubscribe } from 'node:diagnostics_channel'

import { generateArticle } from '../src/generateArticle.js'
import { runPendingPipelines } from '../src/jobs/runPendingPipelines.js'
import { createBriefWithSibling } from '../tests/support/pipelineFixtures.js'
import { freshBenchDatabase, startBenchPayload, stopBenchPayload } from './benchPayload.js'

type Event = { at: number; line: string }

/** Payload's Local API calls the pipeline makes, and what its database adapters are asked. */
const LOCAL_API = ['create', 'update', 'find', 'findByID'] as const
const ADAPTER = [
  'beginTransaction', 'commitTransaction', 'count', 'create', 'createVersion', 'deleteMany', 'deleteOne', 'deleteVersions',
  'find', 'findOne', 'findVersions', 'queryDrafts', 'updateJobs', 'updateMany', 'updateOne', 'updateVersion',
] as const

/** Wrap `target[name]` so each call adds "start..end label" to `events`; returns the undo. */
const timeCalls = (target: Record<string, unknown>, names: readonly string[], prefix: string, events: Event[], since: () => number) => {
  const originals = names.filter((name) => typeof target[name] === 'function').map((name) => [name, target[name]] as const)
  for (const [name, original] of originals) {
    target[name] = async function (this: unknown, ...args: { collection?: string; draft?: boolean }[]) {
      const start = since()
      try {
        return await (original as (...a: unknown[]) => Promise<unknown>).apply(this, args)
      } finally {
        const what = [args[0]?.collection, args[0]?.draft ? '(draft)' : ''].filter(Boolean).join(' ')
        events.push({ at: start, line: `${start.toFixed(1).padStart(7)}..${since().toFixed(1).padEnd(7)} ${prefix}.${name} ${what}` })
      }
    }
  }
  return () => originals.forEach(([name, original]) => (target[name] = original))
}

/**
 * `--parts trace`: one sequential whole-kit run (after an untimed one), as a timeline in ms from
 * `generateArticle`: each Local API and database-adapter call (start..end) and each LLM request
 * and response. Where the per-run costs go: creating the draft, picking up the job, the last save,
 * completing the job. Queries the pipeline sends through Drizzle itself (claims, cache lookups,
 * "saved since?" checks) do not pass the adapter and are not listed.
 */
export const traceKitRun = async (kind: 'postgres' | 'sqlite', fake: BenchFake): Promise<string[]> => {
  const db = freshBenchDatabase(kind)
  const payload: Payload = await startBenchPayload(db, fake.baseURL, 1)
  try {
    const warmUp = await createBriefWithSibling(payload, 'trace-warmup')
    await generateArticle(payload, { brief: warmUp.brief.id })
    await runPendingPipelines(payload)
    const { brief } = await createBriefWithSibling(payload, 'trace')
    const events: Event[] = []
    const started = performance.now()
    const since = () => performance.now() - started
    const mark = (line: string) => () => events.push({ at: since(), line: `${since().toFixed(1).padStart(7)}          ${line}` })
    const onRequest = mark('LLM request sent')
    const onResponse = mark('LLM response headers')
    subscribe('undici:request:create', onRequest)
    subscribe('undici:request:headers', onResponse)
    const undo = [
      timeCalls(payload as unknown as Record<string, unknown>, LOCAL_API, 'payload', events, since),
      timeCalls(payload.db as unknown as Record<string, unknown>, ADAPTER, 'db', events, since),
    ]
    try {
      await generateArticle(payload, { brief: brief.id })
      mark('queued: generateArticle returned')()
      await runPendingPipelines(payload)
      mark('job done: runPendingPipelines returned')()
    } finally {
      undo.forEach((restore) => restore())
      unsubscribe('undici:request:create', onRequest)
      unsubscribe('undici:request:headers', onResponse)
    }
    return events.sort((a, b) => a.at - b.at).map((event) => event.line)
  } finally {
    await stopBenchPayload(payload, db)
  }
}
