import type { Payload } from 'payload'

import { generateArticle } from '../../src/generateArticle.js'
import { runPendingPipelines } from '../../src/jobs/runPendingPipelines.js'
import { getPromptKitOptions } from '../../src/pluginOptions.js'
import { newRunId } from '../../src/pipeline/runId.js'
import { runPipeline } from '../../src/pipeline/runPipeline.js'
import { recordGeneration, renewGenerationLeases } from '../../src/pipeline/store/generations.js'
import { validSamples } from '../unit/phases/phaseSamples.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { createArticle, createBriefWithSibling } from '../support/pipelineFixtures.js'
import { pipelineSuite } from '../support/pipelineSuite.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }

/** Short leases: a live holder renews every 0.5 s, a dead one's lease lapses after 1.5 s. */
const LEASES = { heartbeatMs: 500, leaseMs: 1_500 }

const allPhases = ['outline', 'research', 'introduction', 'body', 'eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social', 'seoReview']

/** An outline no fake responder gives: finding it in the article proves the stored answer was used. */
const storedOutline = { ...validSamples.outline, title: 'Outline stored before the crash' }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.each(databasesUnderTest())('resuming a run on %s', (db) => {
  const suite = pipelineSuite(db, { plugin: { pipeline: LEASES }, users: [] })
  let n = 0

  const newArticle = async () => {
    const { brief } = await createBriefWithSibling(suite.payload, `resume${++n}`)
    return { article: await createArticle(suite.payload, brief), brief }
  }
  const readArticle = async (payload: Payload, id: Doc['id']) => (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id })) as Doc
  const attemptsOf = async (run: string, phase: string) =>
    (
      await suite.payload.find({
        collection: 'generations',
        depth: 0,
        limit: 0,
        pagination: false,
        sort: 'runAttempt',
        where: { and: [{ run: { equals: run } }, { phase: { equals: phase } }] },
      })
    ).docs as Doc[]
  /** The `running` generation a claim leaves: what a worker had when it died or still holds. */
  const claimedGeneration = (article: Doc, brief: Doc, run: string, phase: string, extra: Record<string, unknown>) =>
    suite.payload.create({
      collection: 'generations',
      data: { article: article.id, brief: brief.id, cacheHit: false, model: 'fake-model', phase, run, runAttempt: 1, status: 'running', ...extra },
    }) as Promise<Doc>

  it('uses an answer that arrived before the crash instead of asking again, and asks again for one that had not', async () => {
    const { article, brief } = await newArticle()
    const queued = await generateArticle(suite.payload, { article: article.id })
    const lapsed = new Date(Date.now() - 60_000).toISOString()
    // The dead worker's outline call was answered (written ahead) but not yet used; its research call was still waiting.
    const answered = await claimedGeneration(article, brief, queued.runId, 'outline', {
      answeredAt: new Date(Date.now() - 61_000).toISOString(),
      holder: 'dead-worker:4242',
      leaseExpiresAt: lapsed,
      rawOutput: JSON.stringify(storedOutline),
    })
    const unanswered = await claimedGeneration(article, brief, queued.runId, 'research', { holder: 'dead-worker:4242', leaseExpiresAt: lapsed })

    await runPendingPipelines(suite.payload)

    // No request for the answered phase; every other phase asked once.
    expect(suite.script.counts.outline).toBeUndefined()
    expect(suite.script.counts.research).toBe(1)
    expect(suite.script.total()).toBe(11)

    const doc = await readArticle(suite.payload, article.id)
    expect(doc.run).toMatchObject({ runId: queued.runId, status: 'succeeded' })
    expect((doc.pipeline as Doc[]).map((row) => [row.phase, row.status])).toEqual(allPhases.map((p) => [p, 'done']))
    expect(doc.outline).toMatchObject({ title: storedOutline.title, totalWordTarget: 900 })

    const outline = await attemptsOf(queued.runId, 'outline')
    expect(outline.map((g) => [g.runAttempt, g.status])).toEqual([
      [1, 'failed'],
      [2, 'succeeded'],
    ])
    expect(outline[0]!.id).toEqual(answered.id)
    expect(String(outline[0]!.error)).toContain('stopped renewing the lease (dead-worker:4242)')
    expect(String(outline[0]!.error)).toContain('its stored answer was used in attempt 2')
    expect(outline[1]).toMatchObject({ attempts: 0, rawOutput: JSON.stringify(storedOutline) })
    expect(outline[1]!.holder).not.toBe('dead-worker:4242')
    expect(String((doc.pipeline as Doc[]).find((row) => row.phase === 'outline')!.generation)).toBe(String(outline[1]!.id))

    const research = await attemptsOf(queued.runId, 'research')
    expect(research.map((g) => [g.runAttempt, g.status, g.attempts])).toEqual([
      [1, 'failed', null],
      [2, 'succeeded', 1],
    ])
    expect(research[0]!.id).toEqual(unanswered.id)
    expect(String(research[0]!.error)).toContain('asked again in attempt 2')
  })

  it('waits for a claim whose lease is still renewed instead of taking it over, and uses its result', async () => {
    const { article, brief } = await newArticle()
    const runId = newRunId()
    const held = await claimedGeneration(article, brief, runId, 'outline', {
      holder: 'live-worker:7',
      leaseExpiresAt: new Date(Date.now() + LEASES.leaseMs).toISOString(),
    })
    const running = runPipeline(suite.payload, { articleId: article.id, phases: ['outline'], runId })

    // The live holder renews its lease for more than two lease lengths.
    for (let beat = 0; beat < 8; beat++) {
      await suite.payload.update({ collection: 'generations', data: { leaseExpiresAt: new Date(Date.now() + LEASES.leaseMs).toISOString() }, id: held.id })
      await sleep(LEASES.heartbeatMs)
    }
    expect(suite.script.total()).toBe(0)
    expect((await attemptsOf(runId, 'outline')).map((g) => [g.runAttempt, g.status])).toEqual([[1, 'running']])

    // The holder finishes; the waiting run takes its output without calling the LLM.
    await suite.payload.update({
      collection: 'generations',
      data: { attempts: 1, parsedOutput: storedOutline, rawOutput: JSON.stringify(storedOutline), status: 'succeeded' },
      id: held.id,
    })
    const result = await running

    expect(result.status).toBe('succeeded')
    expect(result.phases).toEqual({ outline: { cached: false, status: 'done' } })
    expect(suite.script.total()).toBe(0)
    expect((await attemptsOf(runId, 'outline')).map((g) => [g.runAttempt, g.status])).toEqual([[1, 'succeeded']])
    const doc = await readArticle(suite.payload, article.id)
    expect(doc.outline).toMatchObject({ title: storedOutline.title })
    expect((doc.pipeline as Doc[]).find((row) => row.phase === 'outline')).toMatchObject({ generation: held.id, status: 'done' })
  })

  it('never lets a lease renewal undo a result recorded at the same moment', async () => {
    const { article, brief } = await newArticle()
    const store = { options: getPromptKitOptions(suite.payload), payload: suite.payload }
    const statuses: unknown[] = []
    // A heartbeat and a phase's final record race; the renewal must write only the lease.
    for (let i = 0; i < 20; i++) {
      const claim = await claimedGeneration(article, brief, newRunId(), 'outline', { holder: 'this-worker', leaseExpiresAt: new Date(Date.now() + LEASES.leaseMs).toISOString() })
      await Promise.all([
        renewGenerationLeases(store, [claim.id], new Date(Date.now() + LEASES.leaseMs)),
        recordGeneration(store, claim.id, { rawOutput: 'answer', status: 'succeeded' }),
      ])
      const after = (await suite.payload.findByID({ collection: 'generations', depth: 0, id: claim.id })) as Doc
      statuses.push([after.status, after.rawOutput])
    }
    expect(statuses).toEqual(Array(20).fill(['succeeded', 'answer']))
  })
})
