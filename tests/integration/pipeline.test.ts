import type { Payload, RequestContext } from 'payload'

import type { FakeOpenAI, FakeResponder } from '../support/fakeOpenAI.js'

import { jest } from '@jest/globals'

import { HttpError } from '../../src/endpoints/defineEndpoint.js'
import { generateArticle } from '../../src/generateArticle.js'
import { runPendingPipelines } from '../../src/jobs/runPendingPipelines.js'
import { clearModeCache } from '../../src/llm/index.js'
import { getPipelineStatus } from '../../src/pipeline/status.js'
import { isPipelineWrite } from '../../src/pipeline/pipelineWrite.js'
import { newRunId } from '../../src/pipeline/runId.js'
import { runPipeline } from '../../src/pipeline/runPipeline.js'
import { captureLogs } from '../support/captureLogs.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { errorBody, startFakeOpenAI } from '../support/fakeOpenAI.js'
import {
  createArticle,
  createBriefWithSibling,
  FAKE_MODEL,
  FAKE_PRICING,
  phaseOfRequest,
  pipelineResponder,
  SECRET_API_KEY,
} from '../support/pipelineFixtures.js'
import { createUser, startTestPayload, stopTestPayload } from '../support/testPayload.js'
import { waitFor } from '../support/waitFor.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }

const allPhases = ['outline', 'research', 'introduction', 'body', 'eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social', 'seoReview']

describe.each(databasesUnderTest())('pipeline on %s', (db) => {
  let payload: Payload
  let fake: FakeOpenAI
  let responder: FakeResponder = () => ({ content: 'unscripted' })
  let logs: string[]
  let n = 0

  beforeAll(async () => {
    fake = await startFakeOpenAI((req, i) => responder(req, i))
    payload = await startTestPayload({
      db,
      plugin: {
        llm: { apiKey: SECRET_API_KEY, baseURL: fake.baseURL, model: FAKE_MODEL, pricing: FAKE_PRICING, timeoutMs: 30_000 },
        pipeline: { concurrency: 3 },
      },
    })
    logs = captureLogs(payload)
  })
  afterAll(async () => {
    await stopTestPayload(payload)
    await fake?.close()
  })
  beforeEach(() => clearModeCache())

  const setup = async () => {
    const suffix = `t${++n}`
    const { brief, sibling } = await createBriefWithSibling(payload, suffix)
    const article = await createArticle(payload, brief)
    return { article, brief, sibling }
  }
  const readArticle = async (id: Doc['id']) =>
    (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id })) as Doc
  const generationsOf = async (article: Doc['id']) =>
    (await payload.find({ collection: 'generations', depth: 0, limit: 0, pagination: false, where: { article: { equals: article } } })).docs as Doc[]

  it('runs all 12 phases of the default kit and fills every article field', async () => {
    const script = pipelineResponder()
    // Slow answers make overlapping calls visible: independent phases run together, at most 3 at once.
    let inFlight = 0
    let maxInFlight = 0
    responder = async (req, i) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight)
      await new Promise((resolve) => setTimeout(resolve, 400))
      inFlight--
      return script.responder(req, i)
    }
    const { article, sibling } = await setup()

    const result = await runPipeline(payload, { articleId: article.id, runId: newRunId() })

    expect(result.status).toBe('succeeded')
    expect(Object.keys(result.phases).sort()).toEqual([...allPhases].sort())
    for (const phase of allPhases) expect(script.counts[phase]).toBe(1)
    // The bound is the point; how many overlap depends on database speed, so only require some overlap.
    expect(maxInFlight).toBeLessThanOrEqual(3)
    expect(maxInFlight).toBeGreaterThanOrEqual(2)

    const doc = await readArticle(article.id)
    for (const part of ['introduction', 'body', 'conclusion']) {
      expect((doc[part] as { root?: { children?: unknown[] } }).root?.children?.length).toBeGreaterThan(0)
    }
    expect(doc.faq).toHaveLength(10)
    expect(doc.meta).toMatchObject({ title: expect.stringContaining('Topic Basics'), description: expect.any(String) })
    expect(doc.eeat).toBeTruthy()
    expect(doc.imagePlan).toHaveLength(6)
    expect(doc.social).toBeTruthy()
    expect(doc.seoReview).toMatchObject({ eeatGaps: ['No author bio'] })
    expect(doc.outline).toMatchObject({ headings: expect.any(Array) })
    expect(doc.research).toMatchObject({ items: expect.any(Array) })
    expect(doc.internalLinks).toEqual([expect.objectContaining({ anchorText: 'choosing a CI service' })])
    expect(String((doc.internalLinks as Doc[])[0]!.article)).toBe(String(sibling.id))
    expect((doc.pipeline as Doc[]).map((row) => [row.phase, row.status])).toEqual(allPhases.map((p) => [p, 'done']))
    expect(doc.run).toMatchObject({ runId: result.runId, status: 'succeeded' })
    // The run's end shares the last phase's save, and that save replaced the run's earlier ones:
    // the run left one version, next to the one the article was created with.
    const versions = await payload.findVersions({ collection: 'articles', depth: 0, sort: '-updatedAt', where: { parent: { equals: article.id } } })
    const lastPhase = (version: Doc) => ((version.pipeline as Doc[]) ?? []).find((row) => row.phase === 'seoReview')?.status
    expect(versions.docs.map((v) => [((v.version as Doc).run as Doc | undefined)?.status ?? null, lastPhase(v.version as Doc) ?? null])).toEqual([
      ['succeeded', 'done'],
      [null, null],
    ])

    const generations = await generationsOf(article.id)
    expect(generations).toHaveLength(12)
    for (const g of generations) {
      expect(g).toMatchObject({ cacheHit: false, kit: expect.anything(), model: FAKE_MODEL, run: result.runId, status: 'succeeded' })
      expect(g.totalTokens).toBe(600)
      expect(g.cost).toBeCloseTo((400 * 1 + 200 * 2) / 1e6, 10)
      expect(g.inputHash).toMatch(/^[0-9a-f]{64}$/)
      expect(g.params).toMatchObject(
        ['introduction', 'body', 'conclusion'].includes(String(g.phase)) ? { mode: 'markdown' } : { mode: 'json', structuredMode: 'json_schema' },
      )
      expect(typeof g.kitVersion).toBe('string')
    }
    // One system prompt for every phase: the prefix providers cache.
    const systems = new Set(generations.map((g) => JSON.stringify((g.messages as unknown[])[0])))
    expect(systems.size).toBe(1)
    expect([...systems][0]).toContain('ci vs cd python')
    const body = generations.find((g) => g.phase === 'body')!
    expect(String((body.messages as { content: string }[])[1]!.content)).toContain('H2: What the topic is')
    // The topical map's other articles reach the one template that asks for them.
    const siblingLine = `${String(sibling.title)} (${String(sibling.slug)})`
    const withSiblings = generations.filter((g) => JSON.stringify(g.messages).includes(siblingLine)).map((g) => g.phase)
    expect(withSiblings).toEqual(['internalLinks'])
  })

  it('does not look up the topical map\'s other articles for a run whose templates do not use them', async () => {
    responder = pipelineResponder().responder
    const { article } = await setup()
    const find = jest.spyOn(payload, 'find')
    try {
      const result = await runPipeline(payload, { articleId: article.id, phases: ['outline', 'research'], runId: newRunId() })
      expect(result.status).toBe('succeeded')
      expect(find.mock.calls.filter(([args]) => args.collection === 'briefs')).toEqual([])
    } finally {
      find.mockRestore()
    }
  })

  it('queues a run for a brief, runs it as a job and reports its status', async () => {
    const script = pipelineResponder()
    responder = script.responder
    const user = (await createUser(payload)) as Doc
    const { brief } = await createBriefWithSibling(payload, `t${++n}`)

    // The brief has no article yet: a draft one is created, titled after the brief.
    const queued = await generateArticle(payload, { brief: brief.id, user: { id: user.id } })
    expect(queued).toMatchObject({ phases: allPhases, runId: expect.stringMatching(/^run_/), status: 'queued' })
    const article = await readArticle(queued.articleId)
    expect(article).toMatchObject({ _status: 'draft', title: brief.title })
    expect((article.pipeline as Doc[]).map((row) => row.status)).toEqual(allPhases.map(() => 'queued'))

    const before = await getPipelineStatus(payload, queued.articleId)
    expect(before.run).toMatchObject({ active: true, id: queued.runId, status: 'queued' })
    // Created with its run queued in one save; the job's ID is recorded once the run starts.
    expect((await payload.countVersions({ collection: 'articles', where: { parent: { equals: queued.articleId } } })).totalDocs).toBe(1)

    // One active run per article.
    const second = generateArticle(payload, { article: queued.articleId })
    await expect(second).rejects.toBeInstanceOf(HttpError)
    await expect(second).rejects.toMatchObject({
      message: expect.stringContaining(`A generation run is already active for this article (run ${queued.runId}`),
      status: 409,
    })

    await runPendingPipelines(payload)
    expect(script.total()).toBe(12)

    const status = await getPipelineStatus(payload, queued.articleId)
    expect(status.run).toMatchObject({ active: false, id: queued.runId, job: String(queued.jobId), status: 'succeeded', triggeredBy: user.id })
    expect(status.phases.map((p) => [p.key, p.status])).toEqual(allPhases.map((p) => [p, 'done']))
    expect(status.phases.find((p) => p.key === 'body')).toMatchObject({
      dependsOn: ['outline', 'research'],
      group: 'writing',
      title: expect.any(String),
      tokens: 600,
    })
    expect(status.totals.tokens).toBe(12 * 600)
    expect(status.totals.cost).toBeCloseTo(12 * 0.0008, 8)
    const generations = await generationsOf(queued.articleId)
    expect(generations.every((g) => String(g.triggeredBy) === String(user.id))).toBe(true)

    // Finished: a new run may start.
    await expect(generateArticle(payload, { article: queued.articleId, phases: ['faq'] })).resolves.toMatchObject({ phases: ['faq'] })
    await runPendingPipelines(payload)
  })

  it('rejects unknown phases naming the kit\'s phases', async () => {
    const { article } = await setup()
    await expect(generateArticle(payload, { article: article.id, phases: ['faq', 'poem'] })).rejects.toMatchObject({
      field: 'phases',
      message: `Unknown phase "poem"; the kit has: ${allPhases.join(', ')}`,
      status: 400,
    })
  })

  it('adds dependencies that are not done to the requested phases', async () => {
    responder = pipelineResponder().responder
    const { article } = await setup()
    const queued = await generateArticle(payload, { article: article.id, phases: ['seoReview'] })
    expect(queued.phases).toEqual(['outline', 'research', 'introduction', 'body', 'faq', 'conclusion', 'seoReview'])
    await runPendingPipelines(payload)
  })

  it('leaves one version per run in the history and keeps the versions editors save meanwhile', async () => {
    const script = pipelineResponder()
    const { article } = await setup()
    const editor = await createUser(payload, `versions-${n}@example.com`)
    const editorSave = (title: string) =>
      payload.update({ collection: 'articles', data: { title }, draft: true, id: article.id, overrideAccess: false, user: editor }) as Promise<Doc>
    const historyOf = async () =>
      (await payload.findVersions({ collection: 'articles', depth: 0, pagination: false, sort: 'updatedAt', where: { parent: { equals: article.id } } })).docs as Doc[]
    await editorSave('Before the run')
    const before = await historyOf()

    // An editor saves while the run is half-way: once every phase answered so far has been written,
    // and while no answer is given, so no pipeline save is in flight. (Payload's update reads and then
    // writes the document without a lock: two saves of one article that overlap can lose one's change,
    // whoever makes them.)
    let midRun: Promise<Doc> | undefined
    const answered = new Set<string>()
    responder = async (req, i) => {
      const phase = phaseOfRequest(req)
      if (!midRun && phase === 'faq') {
        midRun = waitFor(async () => {
          const rows = (await readArticle(article.id)).pipeline as Doc[]
          return [...answered].every((key) => rows.some((row) => row.phase === key && row.status === 'done'))
        }).then(() => editorSave('Edited during the run'))
      }
      await midRun
      answered.add(phase)
      return script.responder(req, i)
    }
    const queued = await generateArticle(payload, { article: article.id })
    await runPendingPipelines(payload)
    expect((await readArticle(article.id)).run).toMatchObject({ runId: queued.runId, status: 'succeeded' })
    const mid = await midRun!

    const after = await historyOf()
    const added = after.slice(before.length)
    expect(after.slice(0, before.length).map((v) => v.id)).toEqual(before.map((v) => v.id))
    const runOf = (v: Doc) => ((v.version as Doc).run as undefined | { status?: unknown }) ?? {}
    // Queued (the article as it was), the editor's save, the run's final state; every other save of the run was replaced.
    expect(added.map((v) => [runOf(v).status, (v.version as Doc).title])).toEqual([
      ['queued', 'Before the run'],
      ['running', 'Edited during the run'],
      ['succeeded', 'Edited during the run'],
    ])
    expect(new Date(String(added[1]!.updatedAt)).toISOString()).toBe(new Date(String(mid.updatedAt)).toISOString())
    expect((added[2]!.version as Doc).faq).toHaveLength(10)
    expect(added[2]!.latest).toBe(true)

  })

  it('replaces the run’s version even when an editor saved right after it', async () => {
    responder = pipelineResponder().responder
    const { article } = await setup()
    const editor = await createUser(payload, `race-${n}@example.com`)
    const historyOf = async () =>
      (await payload.findVersions({ collection: 'articles', depth: 0, pagination: false, sort: 'updatedAt', where: { parent: { equals: article.id } } })).docs as Doc[]
    const before = await historyOf()
    // The editor's save lands between the run's first save and the pipeline's look for that save's version.
    const update = payload.update.bind(payload) as unknown as (args: Record<string, unknown>) => Promise<Doc>
    let raced: Doc | undefined
    const spy = jest.spyOn(payload, 'update').mockImplementation((async (args: Record<string, unknown>) => {
      const saved = await update(args)
      if (!raced && isPipelineWrite(args.context as RequestContext)) {
        raced = await update({ collection: 'articles', data: { title: 'Saved in between' }, draft: true, id: article.id, overrideAccess: false, user: editor })
      }
      return saved
    }) as never)
    let result
    try {
      result = await runPipeline(payload, { articleId: article.id, phases: ['outline', 'research'], runId: newRunId() })
    } finally {
      spy.mockRestore()
    }
    expect(result.status).toBe('succeeded')
    const added = (await historyOf()).slice(before.length)
    expect(added.map((v) => [((v.version as Doc).run as { status?: string }).status, (v.version as Doc).title])).toEqual([
      ['running', 'Saved in between'],
      ['succeeded', 'Saved in between'],
    ])
    // The editor's version, not the run's first one (which was saved just before it and is gone).
    expect(new Date(String(added[0]!.updatedAt)).toISOString()).toBe(new Date(String(raced!.updatedAt)).toISOString())
  })

  it('reuses cached answers for identical inputs and calls the LLM again with force', async () => {
    const script = pipelineResponder()
    responder = script.responder
    const { article } = await setup()
    await runPipeline(payload, { articleId: article.id, runId: newRunId() })
    expect(script.total()).toBe(12)
    const first = await readArticle(article.id)

    const again = await generateArticle(payload, { article: article.id })
    await runPendingPipelines(payload)
    expect(script.total()).toBe(12)
    const cached = (await generationsOf(article.id)).filter((g) => g.run === again.runId)
    expect(cached).toHaveLength(12)
    for (const g of cached) expect(g).toMatchObject({ cacheHit: true, cost: 0, status: 'cached', totalTokens: 0 })
    const second = await readArticle(article.id)
    const withoutIds = (rows: unknown) => (rows as Doc[]).map(({ id: _id, ...row }) => row)
    expect(withoutIds(second.faq)).toEqual(withoutIds(first.faq))
    expect((second.run as Doc).status).toBe('succeeded')

    await generateArticle(payload, { article: article.id, force: true, phases: ['faq', 'meta'] })
    await runPendingPipelines(payload)
    expect(script.counts.faq).toBe(2)
    expect(script.counts.meta).toBe(2)
    expect(script.total()).toBe(14)
  })

  it('never stores or logs the API key', async () => {
    // A server whose error echoes the key: the failure is logged and recorded, redacted.
    responder = () => ({ body: errorBody(`Incorrect API key provided: ${SECRET_API_KEY}`, 'invalid_request_error'), status: 401 })
    const { article } = await setup()
    const failed = await runPipeline(payload, { articleId: article.id, phases: ['outline'], runId: newRunId() })
    expect(failed.status).toBe('failed')
    // The key was really sent to the server...
    expect(String(fake.requests[0]!.headers.authorization)).toContain(SECRET_API_KEY)
    // ...but is in no document and no log line.
    for (const collection of ['generations', 'articles', 'briefs', 'prompt-kits', 'payload-jobs'] as const) {
      const docs = await payload.find({ collection, depth: 0, draft: true, limit: 0, pagination: false } as never)
      expect(JSON.stringify(docs)).not.toContain(SECRET_API_KEY)
    }
    const versions = await payload.findVersions({ collection: 'articles', limit: 0, pagination: false } as never)
    expect(JSON.stringify(versions)).not.toContain(SECRET_API_KEY)
    expect(logs.length).toBeGreaterThan(0)
    expect(logs.join('\n')).not.toContain(SECRET_API_KEY)
  })
})
