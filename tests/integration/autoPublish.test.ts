import type { Payload } from 'payload'

import type { FakeOpenAI } from '../support/fakeOpenAI.js'

import { generateArticle } from '../../src/generateArticle.js'
import { runPendingPipelines } from '../../src/jobs/runPendingPipelines.js'
import { captureLogs } from '../support/captureLogs.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { startFakeOpenAI } from '../support/fakeOpenAI.js'
import { createArticle, createBriefWithSibling, FAKE_MODEL, pipelineResponder, SECRET_API_KEY } from '../support/pipelineFixtures.js'
import { createPublishableBrief, publishableArticle } from '../support/publishableArticle.js'
import { startTestPayload, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

describe.each(databasesUnderTest())('autoPublish on %s', (db) => {
  let payload: Payload
  let fake: FakeOpenAI
  let logs: string[]

  beforeAll(async () => {
    fake = await startFakeOpenAI(pipelineResponder().responder)
    payload = await startTestPayload({
      db,
      plugin: { autoPublish: true, llm: { apiKey: SECRET_API_KEY, baseURL: fake.baseURL, model: FAKE_MODEL, timeoutMs: 3000 } },
    })
    logs = captureLogs(payload)
  })
  afterAll(async () => {
    await stopTestPayload(payload)
    await fake?.close()
  })

  const statusOf = async (id: number | string) =>
    ((await payload.findByID({ collection: 'articles', depth: 0, draft: true, id })) as { _status?: string })._status

  it('publishes a completed run whose article passes the gate', async () => {
    const brief = await createPublishableBrief(payload)
    const article = await payload.create({
      collection: 'articles',
      data: { ...publishableArticle({ slug: 'auto-published' }), brief: brief.id },
      draft: true,
    } as never)
    await generateArticle(payload, { article: article.id, phases: ['faq'] })
    await runPendingPipelines(payload)
    expect(await statusOf(article.id)).toBe('published')
  })

  it('leaves a draft when the gate refuses (generated E-E-A-T items are unverified)', async () => {
    const { brief } = await createBriefWithSibling(payload, 'auto')
    const article = await createArticle(payload, brief)
    await generateArticle(payload, { article: article.id })
    await runPendingPipelines(payload)
    expect(await statusOf(article.id)).toBe('draft')
    expect(logs.join('\n')).toMatch(/not published automatically; it stays a draft for review/)
  })
})
