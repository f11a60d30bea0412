import type { Payload } from 'payload'

import type { FakeOpenAI } from '../support/fakeOpenAI.js'
import type { RateLimitLog } from '../support/fakeProviders.js'
import type { WorkerProcess } from '../support/workerProcess.js'
import type { WorkerSetup } from '../support/workerSetup.js'

import { LLM_RATE_BUDGETS_SLUG } from '../../src/collections/llmRateBudgets.js'
import { generateArticle } from '../../src/generateArticle.js'
import { createLlmClient, generateText } from '../../src/llm/index.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { startFakeOpenAI } from '../support/fakeOpenAI.js'
import { busiestWindow, withRateLimitLog } from '../support/fakeProviders.js'
import { createBriefWithSibling, FAKE_MODEL } from '../support/pipelineFixtures.js'
import { stopTestPayload } from '../support/testPayload.js'
import { waitFor } from '../support/waitFor.js'
import { startWorkerProcess } from '../support/workerProcess.js'
import { createRequestLog } from '../support/workerRequestLog.js'
import { startWorkerTestPayload, workerDatabase, workerEnv } from '../support/workerSetup.js'

reportSkippedDatabases()

/** The provider's limit and ours: 4 requests per 2 s ("per minute", scaled down). */
const WINDOW_MS = 2_000
const REQUESTS_PER_WINDOW = 4
const SUBJECTS = ['rlone', 'rltwo']
/** A model with no limit of its own: only the provider's headers pace it. */
const HEADERS_ONLY_MODEL = 'headers-only-model'

const kinds = databasesUnderTest().filter((kind): kind is 'postgres' | 'sqlite' => kind !== 'mongodb')

type RunDoc = { run?: { status?: string } }

describe.each(kinds)('LLM rate limits shared by two worker processes on %s', (db) => {
  let payload: Payload
  let fake: FakeOpenAI
  let setup: WorkerSetup
  let limits: RateLimitLog
  const workers: WorkerProcess[] = []
  const requestLog = createRequestLog({
    delayMs: 100,
    subjectOf: (text) => SUBJECTS.find((s) => text.includes(s)) ?? 'unknown',
  })

  beforeAll(async () => {
    const limited = withRateLimitLog(
      { requestsPerWindow: REQUESTS_PER_WINDOW, windowMs: WINDOW_MS },
      requestLog.responder,
    )
    limits = limited.log
    fake = await startFakeOpenAI(limited.responder)
    setup = {
      baseURL: fake.baseURL,
      db: workerDatabase(db),
      pipeline: {},
      rateLimits: {
        [FAKE_MODEL]: { rpm: REQUESTS_PER_WINDOW, windowMs: WINDOW_MS },
        [HEADERS_ONLY_MODEL]: { windowMs: 60_000 },
      },
    }
    payload = await startWorkerTestPayload(setup)
  })
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()))
    await stopTestPayload(payload)
    await fake?.close()
  })

  it('keeps both workers together within the provider limit: no window over it, no 429, every article succeeds', async () => {
    const runs: Awaited<ReturnType<typeof generateArticle>>[] = []
    for (const subject of SUBJECTS) {
      const { brief } = await createBriefWithSibling(payload, subject)
      runs.push(await generateArticle(payload, { brief: brief.id }))
    }
    // One job at a time each: both runs in flight at once means both workers sent requests.
    workers.push(startWorkerProcess(workerEnv(setup)), startWorkerProcess(workerEnv(setup)))
    await Promise.all(workers.map((w) => w.ready))
    const statusOf = async (articleId: number | string) =>
      ((await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: articleId })) as RunDoc)
        .run?.status
    await waitFor(async () => {
      const statuses = await Promise.all(runs.map((run) => statusOf(run.articleId)))
      return statuses.every((s) => s === 'succeeded' || s === 'failed')
    }, 150_000)

    expect(await Promise.all(runs.map((run) => statusOf(run.articleId)))).toEqual(['succeeded', 'succeeded'])
    const total = limits.arrivals.length
    expect(total).toBeGreaterThanOrEqual(2 * 10)
    // ≤ 2% of the requests answered 429 (with ~24 requests: none).
    expect(limits.limited).toBeLessThanOrEqual(Math.floor(total * 0.02))
    expect(busiestWindow(limits.arrivals, WINDOW_MS).requests).toBeLessThanOrEqual(REQUESTS_PER_WINDOW)
    // The two runs overlapped: requests of both subjects were in flight together.
    const overlapping = requestLog.entries.some((a) =>
      requestLog.entries.some(
        (b) =>
          a.subject !== b.subject && b.arrivedAt > a.arrivedAt && b.arrivedAt < (a.answeredAt ?? Infinity),
      ),
    )
    expect(overlapping).toBe(true)
  }, 180_000)

  it('stores the pause an exhausted provider limit asks for, and the next request waits for its reset', async () => {
    const other = await startFakeOpenAI()
    const limited = withRateLimitLog({ requestsPerWindow: 2, windowMs: 1500 }, () => ({ content: 'ok' }))
    other.script(limited.responder)
    try {
      const client = createLlmClient({ apiKey: 'k', baseURL: other.baseURL, model: HEADERS_ONLY_MODEL })
      const attempts = []
      for (let i = 0; i < 3; i++)
        attempts.push(
          (await generateText({ client, messages: [{ content: `Say ok ${i}.`, role: 'user' }] })).attempts,
        )

      expect(attempts).toEqual([1, 1, 1])
      expect(limited.log.limited).toBe(0)
      const pause = await payload.db.findOne<{ id: number | string; pausedUntil: number }>({
        collection: LLM_RATE_BUDGETS_SLUG,
        where: { key: { equals: `${HEADERS_ONLY_MODEL}|pause` } },
      })
      const [, second, third] = limited.log.arrivals
      // Paused at the second answer (remaining 0) until the provider's reset; the third request came after it.
      expect(Number(pause?.pausedUntil)).toBeGreaterThan(second!.at)
      expect(third!.at).toBeGreaterThanOrEqual(Number(pause?.pausedUntil))
    } finally {
      await other.close()
    }
  })
})
