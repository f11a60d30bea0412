import { getPipelineStatus } from '../../src/pipeline/status.js'
import { newRunId } from '../../src/pipeline/runId.js'
import { runPipeline } from '../../src/pipeline/runPipeline.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { createArticle, createBriefWithSibling, pipelineResponder } from '../support/pipelineFixtures.js'
import { pipelineSuite } from '../support/pipelineSuite.js'
import { waitFor } from '../support/waitFor.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }
type RunGroup = { llmNextTryAt?: null | string; llmWaitReason?: null | string; llmWaitSince?: null | string; status?: string }

const allPhases = ['outline', 'research', 'introduction', 'body', 'eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social', 'seoReview']

/** Longer than the old give-up point (~20 s): a run then failed for good. */
const OUTAGE_MS = 22_000
/** Slow enough that outline and research are in flight when the endpoint goes away. */
const ANSWER_DELAY_MS = 500

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const isIsoDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value))

/** The breaker's backoff grows 1, 2, 4, 8, 16, 32 s: the first try after the outage may come ~30 s after it ended. */
const TEST_TIMEOUT_MS = 150_000

describe.each(databasesUnderTest())('the LLM endpoint down for longer than 20 s on %s', (db) => {
  // llm.outageMaxWaitMs is left at its default (30 minutes).
  const suite = pipelineSuite(db, { users: [] })

  const articleOf = async (id: Doc['id']) => (await suite.payload.findByID({ collection: 'articles', depth: 0, draft: true, id })) as Doc

  /** While the endpoint is down: the run shows that it waits, for longer than 20 s, and nothing fails. */
  const expectWaitingThrough = async (articleId: Doc['id'], runId: string, downAt: number) => {
    // The run records that it waits for the endpoint.
    await waitFor(async () => Boolean(((await articleOf(articleId)).run as RunGroup).llmWaitSince), 15_000)
    const waiting = (await articleOf(articleId)).run as RunGroup
    expect(waiting.status).toBe('running')
    expect(isIsoDate(waiting.llmWaitSince)).toBe(true)
    expect(isIsoDate(waiting.llmNextTryAt)).toBe(true)
    expect(Date.parse(waiting.llmNextTryAt!)).toBeGreaterThanOrEqual(Date.parse(waiting.llmWaitSince!))
    expect(typeof waiting.llmWaitReason).toBe('string')
    expect(waiting.llmWaitReason).not.toBe('')
    // getPipelineStatus reports the run as active (it does not carry the LLM wait yet: see the report).
    expect((await getPipelineStatus(suite.payload, articleId)).run).toMatchObject({ active: true, id: runId, status: 'running' })

    await sleep(Math.max(0, downAt + OUTAGE_MS - Date.now()))
    // Still waiting after more than 20 s: nothing failed, nothing else was asked.
    const stillDown = await articleOf(articleId)
    expect((stillDown.run as RunGroup).status).toBe('running')
    expect(isIsoDate((stillDown.run as RunGroup).llmWaitSince)).toBe(true)
    expect((stillDown.pipeline as Doc[]).filter((row) => row.status === 'failed')).toEqual([])
    expect(suite.script.total()).toBe(2)
  }

  it('waits, shows the wait on the run, and completes by itself once the endpoint is back', async () => {
    const script = pipelineResponder()
    suite.script = { ...script, responder: async (req, i) => ({ ...(await script.responder(req, i)), delayMs: ANSWER_DELAY_MS }) }
    const { brief } = await createBriefWithSibling(suite.payload, `outage-${db}`)
    const article = await createArticle(suite.payload, brief)
    const runId = newRunId()

    const running = runPipeline(suite.payload, { articleId: article.id, runId })
    // outline and research (the only phases without dependencies) are asked and waiting for their answers.
    await waitFor(async () => suite.fake.requestCount >= 2)
    const downAt = Date.now()
    await suite.fake.down()
    try {
      await expectWaitingThrough(article.id, runId, downAt)
    } finally {
      // Back up even when an expectation failed, so the run ends and jest can exit.
      await suite.fake.up()
    }
    const result = await running

    expect({ error: result.error, status: result.status }).toEqual({ error: undefined, status: 'succeeded' })
    expect(Object.entries(result.phases).filter(([, r]) => r.status !== 'done')).toEqual([])
    // The two requests cut by the outage were asked again, everything else once.
    expect(script.counts).toEqual(Object.fromEntries(allPhases.map((p) => [p, p === 'outline' || p === 'research' ? 2 : 1])))

    const doc = await articleOf(article.id)
    expect((doc.pipeline as Doc[]).map((row) => [row.phase, row.status])).toEqual(allPhases.map((p) => [p, 'done']))
    expect(doc.run).toMatchObject({ error: null, llmNextTryAt: null, llmWaitReason: null, llmWaitSince: null, runId, status: 'succeeded' })
    const generations = (
      await suite.payload.find({ collection: 'generations', depth: 0, limit: 0, pagination: false, where: { run: { equals: runId } } })
    ).docs as Doc[]
    // One generation per phase: the outage failed no attempt.
    expect(generations.map((g) => [g.phase, g.status]).sort()).toEqual(allPhases.map((p) => [p, 'succeeded']).sort())
    for (const phase of ['outline', 'research']) {
      expect(Number(generations.find((g) => g.phase === phase)!.attempts)).toBeGreaterThanOrEqual(2)
    }
  }, TEST_TIMEOUT_MS)
})
