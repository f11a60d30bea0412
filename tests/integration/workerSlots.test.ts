import type { Payload } from 'payload'

import type { FakeOpenAI } from '../support/fakeOpenAI.js'
import type { LoggedRequest } from '../support/workerRequestLog.js'

import { generateArticle } from '../../src/generateArticle.js'
import { runPipelineWorker } from '../../src/jobs/runPipelineWorker.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { startFakeOpenAI } from '../support/fakeOpenAI.js'
import { createBriefWithSibling } from '../support/pipelineFixtures.js'
import { stopTestPayload } from '../support/testPayload.js'
import { waitFor } from '../support/waitFor.js'
import { createRequestLog } from '../support/workerRequestLog.js'
import { startWorkerTestPayload, workerDatabase } from '../support/workerSetup.js'

reportSkippedDatabases()

/** Longest a held request waits for the third run to start: far beyond a one-phase run, so only a refill releases it in time. */
const HOLD_FALLBACK_MS = 20_000
const SUBJECTS = ['slotA', 'slotB', 'slotC']

const kinds = databasesUnderTest().filter((kind): kind is 'postgres' | 'sqlite' => kind !== 'mongodb')

describe.each(kinds)('a worker keeps its slots full on %s', (db) => {
  let payload: Payload
  let fake: FakeOpenAI
  // The first request to arrive is held until a request of a third run arrives (or the fallback passes).
  let released = false
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  let heldEntry: LoggedRequest | undefined
  const log = createRequestLog({
    holdUntil: (entry) => {
      if (!heldEntry) {
        heldEntry = entry
        const fallback = setTimeout(release, HOLD_FALLBACK_MS)
        return held.finally(() => clearTimeout(fallback))
      }
      if (new Set(log.entries.map((e) => e.subject)).size === SUBJECTS.length) {
        released = log.entries.includes(heldEntry) && heldEntry.answeredAt === undefined
        release()
      }
      return undefined
    },
    subjectOf: (text) => SUBJECTS.find((subject) => text.includes(subject)) ?? 'unknown',
  })

  beforeAll(async () => {
    fake = await startFakeOpenAI(log.responder)
    payload = await startWorkerTestPayload({ baseURL: fake.baseURL, db: workerDatabase(db), pipeline: {} })
  })
  afterAll(async () => {
    release()
    await stopTestPayload(payload)
    await fake?.close()
  })

  it('starts a queued job as soon as one of its jobs ends, while the others still run', async () => {
    const runs = []
    for (const subject of SUBJECTS) {
      const { brief } = await createBriefWithSibling(payload, subject)
      // One phase each (outline has no dependencies): one LLM request per job.
      runs.push(await generateArticle(payload, { brief: brief.id, phases: ['outline'] }))
    }
    expect(runs.map((run) => run.phases)).toEqual([['outline'], ['outline'], ['outline']])

    const stop = new AbortController()
    const ended: string[] = []
    const worker = runPipelineWorker(payload, { limit: 2, onJobEnd: ({ status }) => ended.push(status), pollMs: 100, signal: stop.signal })
    try {
      await waitFor(async () => ended.length === SUBJECTS.length, 60_000)
    } finally {
      stop.abort()
      await worker
    }

    expect(ended).toEqual(['success', 'success', 'success'])
    expect(log.entries.map((e) => e.subject).sort()).toEqual(SUBJECTS)
    // The third run's request arrived while the first request was still held: its job was started
    // in the slot the second job freed, not after the whole batch of two had ended.
    expect(released).toBe(true)
    const third = log.entries[2]!
    expect(third.arrivedAt).toBeLessThan(heldEntry!.answeredAt!)
    // Never more than `limit` jobs at once.
    expect(log.maxInFlight()).toBe(2)
    for (const run of runs) {
      const article = await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: run.articleId })
      expect((article as { run?: { status?: string } }).run?.status).toBe('succeeded')
    }
  }, 90_000)
})
