import type { Payload } from 'payload'

import type { FakeOpenAI, FakeResponder } from '../support/fakeOpenAI.js'

import { jest } from '@jest/globals'

import { HttpError } from '../../src/endpoints/defineEndpoint.js'
import { generateArticle } from '../../src/generateArticle.js'
import { runPendingPipelines } from '../../src/jobs/runPendingPipelines.js'
import { clearModeCache } from '../../src/llm/index.js'
import { updateArticle } from '../../src/pipeline/store/articles.js'
import { type Claim, claimPhase } from '../../src/pipeline/store/claims.js'
import { findCachedGeneration, recordGeneration } from '../../src/pipeline/store/generations.js'
import { newRunId } from '../../src/pipeline/runId.js'
import { runPipeline } from '../../src/pipeline/runPipeline.js'
import { getPromptKitOptions } from '../../src/pluginOptions.js'
import { captureLogs } from '../support/captureLogs.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { startFakeOpenAI } from '../support/fakeOpenAI.js'
import {
  createArticle,
  createBriefWithSibling,
  FAKE_MODEL,
  FAKE_PRICING,
  pipelineResponder,
  sampleContent,
  SECRET_API_KEY,
} from '../support/pipelineFixtures.js'
import { startTestPayload, stopTestPayload } from '../support/testPayload.js'
import { waitFor } from '../support/waitFor.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }

/** Claims made by a test itself are released, so this process stops renewing their leases. */
const releaseAll = (claims: Claim[]) => claims.forEach((claim) => claim.kind === 'claimed' && claim.release())

const allPhases = ['outline', 'research', 'introduction', 'body', 'eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social', 'seoReview']

describe.each(databasesUnderTest())('pipeline faults on %s', (db) => {
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
        // Outages are waited out for 2.5 s here (30 min by default), so a dead endpoint fails a phase quickly.
        llm: { apiKey: SECRET_API_KEY, baseURL: fake.baseURL, model: FAKE_MODEL, outageMaxWaitMs: 2_500, pricing: FAKE_PRICING, timeoutMs: 30_000 },
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
    const { brief } = await createBriefWithSibling(payload, `f${++n}`)
    return createArticle(payload, brief)
  }
  const readArticle = async (id: Doc['id']) =>
    (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id })) as Doc
  const rowsOf = (article: Doc): Record<string, Doc> => Object.fromEntries((article.pipeline as Doc[]).map((row) => [String(row.phase), row]))
  const generationsOf = async (article: Doc['id']) =>
    (await payload.find({ collection: 'generations', depth: 0, limit: 0, pagination: false, where: { article: { equals: article } } })).docs as Doc[]

  it('marks a phase whose endpoint keeps answering HTTP 500 as failed, finishes the independent phases and keeps existing content', async () => {
    const good = pipelineResponder()
    responder = good.responder
    const article = await setup()
    await runPipeline(payload, { articleId: article.id, phases: ['images'], runId: newRunId() })
    expect(good.counts).toEqual({ images: 1, outline: 1 })
    const before = await readArticle(article.id)
    expect(before.imagePlan).toHaveLength(6)

    const script = pipelineResponder({ images: () => ({ status: 500 }) })
    responder = script.responder
    const result = await runPipeline(payload, { articleId: article.id, force: true, phases: ['images', 'faq', 'social'], runId: newRunId() })

    expect(result.status).toBe('failed')
    // The phase waited out the outage (llm.outageMaxWaitMs) already: a job retry would only wait again.
    expect(result.retryable).toBe(false)
    expect(result.phases.images).toMatchObject({ error: expect.stringMatching(/kept failing for .*500/), status: 'failed' })
    expect(result.phases.faq!.status).toBe('done')
    expect(result.phases.social!.status).toBe('done')
    // Retried with backoff (1 s, 2 s, …) until 2.5 s had passed.
    expect(script.counts.images).toBeGreaterThanOrEqual(2)

    const after = await readArticle(article.id)
    expect(after.imagePlan).toEqual(before.imagePlan)
    expect(after.faq).toHaveLength(10)
    expect(rowsOf(after).images).toMatchObject({ error: expect.stringContaining('kept failing'), status: 'failed' })
    expect(rowsOf(after).outline).toMatchObject({ status: 'done' })
    expect(after.run).toMatchObject({ error: expect.stringContaining('images'), llmWaitSince: null, status: 'failed' })
    const failed = (await generationsOf(article.id)).filter((g) => g.run === result.runId && g.phase === 'images')
    // `attempts` counts the HTTP requests really sent.
    expect(failed).toEqual([expect.objectContaining({ attempts: script.counts.images, error: expect.stringContaining('500'), status: 'failed' })])
  })

  it('fails a phase whose generation cannot be recorded, leaving its article field alone; its dependants still run', async () => {
    responder = pipelineResponder().responder
    const article = await setup()
    await runPipeline(payload, { articleId: article.id, phases: ['images'], runId: newRunId() })
    const before = await readArticle(article.id)
    // A different outline this time, and recording it fails (the database refuses that one update).
    responder = pipelineResponder({ outline: (req) => ({ content: sampleContent('outline', req).replace('What the topic is', 'A new heading') }) }).responder
    const updateOne = payload.db.updateOne.bind(payload.db)
    payload.db.updateOne = (async (args: Parameters<typeof updateOne>[0]) => {
      const data = args.data as Doc
      if (args.collection === 'generations' && data.status === 'succeeded' && JSON.stringify(data.parsedOutput ?? '').includes('headings')) {
        throw new Error('disk full')
      }
      return updateOne(args)
    }) as typeof payload.db.updateOne
    let result
    try {
      result = await runPipeline(payload, { articleId: article.id, force: true, phases: ['outline', 'images'], runId: newRunId() })
    } finally {
      payload.db.updateOne = updateOne
    }
    expect(result.status).toBe('failed')
    expect(result.phases.outline).toMatchObject({ error: 'The output could not be saved: disk full', status: 'failed' })
    expect(result.phases.images!.status).toBe('done')
    const after = await readArticle(article.id)
    expect(JSON.stringify(after.outline)).toContain('What the topic is')
    expect(after.outline).toEqual(before.outline)
    expect(rowsOf(after).outline).toMatchObject({ error: 'The output could not be saved: disk full', status: 'failed' })
    expect(rowsOf(after).images).toMatchObject({ status: 'done' })
  })

  it('marks a new article failed when its job cannot be queued, and lets the next start through', async () => {
    const { brief } = await createBriefWithSibling(payload, `f${++n}`)
    const queue = payload.jobs.queue
    payload.jobs.queue = (async () => {
      throw new Error('queue unavailable')
    }) as typeof queue
    try {
      await expect(generateArticle(payload, { brief: brief.id })).rejects.toThrow('queue unavailable')
    } finally {
      payload.jobs.queue = queue
    }
    const found = await payload.find({ collection: 'articles', depth: 0, draft: true, where: { brief: { equals: brief.id } } })
    expect(found.docs).toHaveLength(1)
    const article = found.docs[0] as Doc
    expect(article.run).toMatchObject({ error: 'The run could not be queued: queue unavailable', status: 'failed' })
    expect(article.pipeline).toEqual([])
    const again = await generateArticle(payload, { brief: brief.id })
    expect(again).toMatchObject({ articleId: article.id, status: 'queued' })
    // Not run here: later tests count the LLM calls of the jobs they run.
    await payload.delete({ collection: 'payload-jobs', id: again.jobId })
  })

  it('fails the dependants of a phase whose JSON stays invalid after repair, and nothing else', async () => {
    const script = pipelineResponder({ outline: () => ({ content: '{"title": "no headings"}' }) })
    responder = script.responder
    const article = await setup()
    const result = await runPipeline(payload, { articleId: article.id, runId: newRunId() })

    expect(script.counts.outline).toBe(4) // the answer, two repair turns (llm.maxRepairs) and one fresh sample
    expect(result.phases.outline).toMatchObject({ error: expect.stringContaining('did not match schema'), status: 'failed' })
    expect(result.retryable).toBe(false)
    expect(result.phases.research!.status).toBe('done')
    const rows = rowsOf(await readArticle(article.id))
    for (const phase of ['introduction', 'body', 'eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social']) {
      expect(rows[phase]).toMatchObject({ error: 'dependency outline failed', status: 'failed' })
      expect(script.counts[phase]).toBeUndefined()
    }
    expect(rows.seoReview).toMatchObject({ error: expect.stringMatching(/^dependency (introduction|body|conclusion|faq) failed$/), status: 'failed' })
    const outline = (await generationsOf(article.id)).find((g) => g.phase === 'outline')!
    expect(outline).toMatchObject({ rawOutput: '{"title": "no headings"}', status: 'failed' })
    expect((outline.validationErrors as string[]).length).toBeGreaterThan(0)
  })

  it('resumes an interrupted run without calling completed phases again', async () => {
    const controller = new AbortController()
    const first = pipelineResponder({ body: () => ({ hang: true }) })
    responder = first.responder
    const article = await setup()
    const runId = newRunId()
    const running = runPipeline(payload, { articleId: article.id, runId, signal: controller.signal })
    // Everything that does not wait for the body finishes; then the worker "dies".
    await waitFor(async () => Object.values(rowsOf(await readArticle(article.id))).filter((row) => row.status === 'done').length === 10)
    controller.abort()
    const interrupted = await running
    expect(interrupted.status).toBe('failed')
    expect(interrupted.phases.body).toMatchObject({ status: 'failed' })
    expect(first.counts.body).toBe(1)

    const second = pipelineResponder()
    responder = second.responder
    const resumed = await runPipeline(payload, { articleId: article.id, runId })
    expect(resumed.status).toBe('succeeded')
    expect(second.counts).toEqual({ body: 1, seoReview: 1 })
    const generations = (await generationsOf(article.id)).filter((g) => g.phase === 'body')
    generations.sort((a, b) => Number(a.runAttempt) - Number(b.runAttempt))
    expect(generations.map((g) => [g.runAttempt, g.status])).toEqual([
      [1, 'failed'],
      [2, 'succeeded'],
    ])
  })

  it('lets only one of two workers make each LLM call', async () => {
    const script = pipelineResponder()
    // Slow answers keep both workers inside the same phases at once.
    responder = async (req, i) => ({ ...(await script.responder(req, i)), delayMs: 100 }) as never
    const article = await setup()
    const runId = newRunId()
    const [a, b] = await Promise.all([
      runPipeline(payload, { articleId: article.id, runId }),
      runPipeline(payload, { articleId: article.id, runId }),
    ])
    expect([a.status, b.status]).toEqual(['succeeded', 'succeeded'])
    for (const phase of allPhases) expect(script.counts[phase]).toBe(1)
    expect((await generationsOf(article.id)).filter((g) => g.status === 'succeeded')).toHaveLength(12)
  })

  it('makes the claim insert atomic: of simultaneous claims exactly one wins', async () => {
    const store = { options: getPromptKitOptions(payload), payload }
    const run = newRunId()
    const claims = await Promise.all(
      Array.from({ length: 4 }, () => claimPhase(store, { data: {}, phase: 'outline', run })),
    )
    expect(claims.filter((c) => c.kind === 'claimed')).toHaveLength(1)
    expect(claims.filter((c) => c.kind === 'busy')).toHaveLength(3)
    const rows = await payload.find({ collection: 'generations', where: { run: { equals: run } } })
    expect(rows.docs).toEqual([expect.objectContaining({ phase: 'outline', runAttempt: 1, status: 'running' })])
    const winner = claims.find((c) => c.kind === 'claimed')!
    expect(winner.generation).toMatchObject({ id: rows.docs[0]!.id, phase: 'outline', runAttempt: 1 })
    // The claim carries its holder and a lease that this process renews until it is released.
    const row = rows.docs[0] as Doc
    expect(row.holder).toEqual(expect.stringMatching(new RegExp(`^${process.pid}:`)))
    expect(Date.parse(String(row.leaseExpiresAt))).toBeGreaterThan(Date.now())
    releaseAll(claims)
  })

  it('defers to what is there: a busy claim, a done one, and the next attempt after a failure', async () => {
    const store = { options: getPromptKitOptions(payload), payload }
    const run = newRunId()
    const claim = () => claimPhase(store, { data: {}, phase: 'outline', run })
    const claims = await Promise.all([claim(), claim(), claim()])
    const winner = claims.find((c) => c.kind === 'claimed')!
    expect(claims.filter((c) => c.kind === 'busy')).toEqual([
      expect.objectContaining({ generation: expect.objectContaining({ id: winner.generation.id }) }),
      expect.objectContaining({ generation: expect.objectContaining({ id: winner.generation.id }) }),
    ])
    await recordGeneration(store, winner.generation.id, { status: 'succeeded' })
    expect(await claim()).toMatchObject({ generation: { id: winner.generation.id }, kind: 'done' })
    await recordGeneration(store, winner.generation.id, { status: 'failed' })
    const next = await claim()
    expect(next).toMatchObject({ generation: { runAttempt: 2, status: 'running' }, kind: 'claimed' })
    releaseAll([...claims, next])
  })

  it('reuses the newest succeeded generation with the same inputs', async () => {
    const store = { options: getPromptKitOptions(payload), payload }
    const inputHash = `hash-${newRunId()}`
    const make = (status: string, minute: number, hash = inputHash) =>
      payload.create({
        collection: 'generations',
        data: { createdAt: `2026-01-01T00:0${minute}:00.000Z`, inputHash: hash, parsedOutput: { minute }, phase: 'faq', run: newRunId(), status },
        depth: 0,
      }) as Promise<Doc>
    await make('succeeded', 1)
    const newest = await make('succeeded', 2)
    // Newer, but not reusable: a failed call, a cache hit (its own source is the answer), a claim, other inputs.
    for (const status of ['failed', 'cached', 'running']) await make(status, 3)
    await make('succeeded', 4, `${inputHash}-other`)

    const hit = await findCachedGeneration(store, inputHash)
    expect(hit).toMatchObject({ id: newest.id, parsedOutput: { minute: 2 }, status: 'succeeded' })
    expect(await findCachedGeneration(store, `${inputHash}-none`)).toBeUndefined()
  })

  it('redacts the API key from the generations the pipeline writes', async () => {
    const store = { options: getPromptKitOptions(payload), payload }
    const claim = await claimPhase(store, {
      data: { messages: [{ content: `echo ${SECRET_API_KEY}`, role: 'user' }] },
      phase: 'outline',
      run: newRunId(),
    })
    expect(claim.kind).toBe('claimed')
    releaseAll([claim])
    await recordGeneration(store, claim.generation.id, { error: `rejected key ${SECRET_API_KEY}`, rawOutput: SECRET_API_KEY, status: 'failed' })
    const stored = (await payload.findByID({ collection: 'generations', depth: 0, id: claim.generation.id })) as Doc
    expect(JSON.stringify(stored)).not.toContain(SECRET_API_KEY)
    expect(stored).toMatchObject({
      error: 'rejected key [redacted]',
      messages: [{ content: 'echo [redacted]', role: 'user' }],
      phase: 'outline',
      rawOutput: '[redacted]',
      status: 'failed',
    })
  })

  it("builds each pipeline write on the article as saved, an editor's save in between included", async () => {
    const article = await setup()
    const target = { articleId: article.id, options: getPromptKitOptions(payload), payload }
    await updateArticle(target, () => ({ title: 'From the pipeline' }))
    const seen: unknown[] = []
    await updateArticle(target, (current) => (seen.push(current.title), { meta: { description: 'one' } }))
    await payload.update({ collection: 'articles', data: { title: 'From an editor' }, draft: true, id: article.id })
    await updateArticle(target, (current) => (seen.push(current.title, (current.meta as Doc).description), { meta: { description: 'two' } }))
    expect(seen).toEqual(['From the pipeline', 'From an editor', 'one'])
    expect(await readArticle(article.id)).toMatchObject({ meta: { description: 'two' }, title: 'From an editor' })
  })

  it('runs a queued job once when two runners poll at the same time, and refuses a second start', async () => {
    const script = pipelineResponder()
    responder = script.responder
    const article = await setup()
    const [first, second] = await Promise.allSettled([
      generateArticle(payload, { article: article.id }),
      generateArticle(payload, { article: article.id }),
    ])
    const settled = [first, second]
    expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = settled.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(rejected.reason).toBeInstanceOf(HttpError)
    expect(rejected.reason).toMatchObject({ status: 409 })

    const runners = await Promise.allSettled([runPendingPipelines(payload), runPendingPipelines(payload)])
    expect(runners.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled'])
    for (const phase of allPhases) expect(script.counts[phase]).toBe(1)
    expect((await readArticle(article.id)).run).toMatchObject({ status: 'succeeded' })
  })

  it('stops before a call that would exceed the article budget', async () => {
    const options = getPromptKitOptions(payload)
    const script = pipelineResponder()
    responder = script.responder
    const article = await setup()
    const budgetError = (limit: string) => new RegExp(`^Budget of ${limit} for this article would be exceeded by phase (outline|research) \\(`)
    try {
      options.pipeline.budget = { maxCostUsd: 0.000001 }
      const result = await runPipeline(payload, { articleId: article.id, runId: newRunId() })
      expect(result.status).toBe('failed')
      expect(result.retryable).toBe(false)
      expect(result.error).toMatch(budgetError('\\$0\\.000001'))
      expect(script.total()).toBe(0)
      const rows = rowsOf(await readArticle(article.id))
      for (const phase of allPhases) {
        expect(rows[phase]).toMatchObject({ error: expect.stringMatching(/^Budget of \$0\.000001 for this article would be exceeded by phase/), status: 'failed' })
      }

      options.pipeline.budget = { maxTokens: 100 }
      const tokens = await runPipeline(payload, { articleId: article.id, runId: newRunId() })
      expect(tokens.error).toMatch(budgetError('100 tokens'))
      expect(script.total()).toBe(0)

      // What the article already spent counts: after a full run ($0.0096) a call estimated at about
      // $0.009 no longer fits in $0.012, though it would on its own.
      options.pipeline.budget = {}
      await runPipeline(payload, { articleId: article.id, runId: newRunId() })
      expect(script.total()).toBe(12)
      options.pipeline.budget = { maxCostUsd: 0.012 }
      const again = await runPipeline(payload, { articleId: article.id, force: true, runId: newRunId() })
      expect(again.error).toMatch(budgetError('\\$0\\.012'))
      expect(again.error).toContain('(spent $0.0096,')
      expect(script.total()).toBe(12)
    } finally {
      options.pipeline.budget = {}
    }
  })

  it('waits out an endpoint that answers 503 for a while and finishes the run in the same job', async () => {
    // One 503, then answers: the retry comes after the first backoff (1 s), inside this suite's 2.5 s
    // llm.outageMaxWaitMs; a second one would wait 2 s more and could outlast it.
    const script = pipelineResponder({ images: (_req, nth) => (nth === 1 ? { status: 503 } : undefined) })
    responder = script.responder
    const article = await setup()
    const queued = await generateArticle(payload, { article: article.id })
    await runPendingPipelines(payload)
    expect(script.counts.images).toBe(2)
    const current = await readArticle(article.id)
    expect(current.run).toMatchObject({ error: null, llmNextTryAt: null, llmWaitReason: null, llmWaitSince: null, runId: queued.runId, status: 'succeeded' })
    expect((current.imagePlan as unknown[]).length).toBe(6)
    const images = (await generationsOf(article.id)).filter((g) => g.run === queued.runId && g.phase === 'images')
    expect(images).toEqual([expect.objectContaining({ attempts: 2, status: 'succeeded' })])
    // One line per wait, at warn, without a stack trace.
    const waits = logs.filter((line) => line.startsWith('warn') && line.includes('images') && line.includes('503'))
    expect(waits.length).toBeGreaterThanOrEqual(1)
    expect(waits.every((line) => !line.includes('\n    at '))).toBe(true)
  })

  it('releases a job whose worker died while processing it, and only then', async () => {
    const script = pipelineResponder()
    responder = script.responder
    const article = await setup()
    const queued = await generateArticle(payload, { article: article.id })
    const markProcessing = (updatedAt: Date) =>
      payload.db.updateOne({
        collection: 'payload-jobs',
        data: { processing: true, updatedAt: updatedAt.toISOString() },
        id: queued.jobId,
      } as never)

    // Processing and recently touched: another worker may be on it, so it is left alone.
    await markProcessing(new Date())
    await runPendingPipelines(payload)
    expect(script.total()).toBe(0)
    await expect(generateArticle(payload, { article: article.id })).rejects.toMatchObject({ status: 409 })

    // Silent for longer than any LLM call may take: its worker died; the job resumes.
    await markProcessing(new Date(Date.now() - 60 * 60_000))
    await runPendingPipelines(payload)
    expect(script.total()).toBe(12)
    expect((await readArticle(article.id)).run).toMatchObject({ runId: queued.runId, status: 'succeeded' })
    expect(logs.some((line) => line.includes('stalled while processing'))).toBe(true)
  })

  it('fails fast with a clear message when no LLM is configured', async () => {
    const options = getPromptKitOptions(payload)
    const saved = { ...options.llm }
    const env = { key: process.env.OPENAI_API_KEY, url: process.env.OPENAI_BASE_URL }
    delete process.env.OPENAI_API_KEY
    delete process.env.OPENAI_BASE_URL
    options.llm.apiKey = undefined
    options.llm.baseURL = undefined
    const requests = fake.requestCount
    try {
      const article = await setup()
      const start = generateArticle(payload, { article: article.id })
      await expect(start).rejects.toMatchObject({ status: 503 })
      await expect(start).rejects.toThrow(/llm\.apiKey \(or env OPENAI_API_KEY\).*llm\.baseURL \(or env OPENAI_BASE_URL\)/)

      const result = await runPipeline(payload, { articleId: article.id, runId: newRunId() })
      expect(result.status).toBe('failed')
      expect(result.error).toMatch(/^No LLM endpoint configured: set llm\.apiKey/)
      const after = await readArticle(article.id)
      expect(after.run).toMatchObject({ error: result.error, status: 'failed' })
      expect(Object.values(rowsOf(after)).every((row) => (row as Doc).status === 'failed' && (row as Doc).error === result.error)).toBe(true)
      expect(fake.requestCount).toBe(requests)
      expect(logs.join('\n')).not.toMatch(/LlmConfigError[\s\S]*\n\s+at /)
    } finally {
      Object.assign(options.llm, saved)
      if (env.key !== undefined) process.env.OPENAI_API_KEY = env.key
      if (env.url !== undefined) process.env.OPENAI_BASE_URL = env.url
    }
  })

  it('never stores or logs the API key, even when errors happen', async () => {
    for (const collection of ['generations', 'articles', 'payload-jobs'] as const) {
      const docs = await payload.find({ collection, depth: 0, draft: true, limit: 0, pagination: false } as never)
      expect(JSON.stringify(docs)).not.toContain(SECRET_API_KEY)
    }
    expect(logs.join('\n')).not.toContain(SECRET_API_KEY)
  })
})
