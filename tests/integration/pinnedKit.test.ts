import type { Payload } from 'payload'

import type { FakeOpenAI } from '../support/fakeOpenAI.js'

import { generateArticle } from '../../src/generateArticle.js'
import { runPendingPipelines } from '../../src/jobs/runPendingPipelines.js'
import { defaultKit } from '../../src/kit/defaultKit.js'
import { clearModeCache } from '../../src/llm/index.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { startFakeOpenAI } from '../support/fakeOpenAI.js'
import { createBriefWithSibling, FAKE_MODEL, FAKE_PRICING, pipelineResponder, SECRET_API_KEY } from '../support/pipelineFixtures.js'
import { startTestPayload, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }
type Phase = { id?: string; key: string; template: string }

const MARKER = 'Mention the second kit revision.'

describe.each(databasesUnderTest())('runs pinned to a kit version on %s', (db) => {
  let payload: Payload
  let fake: FakeOpenAI
  const script = pipelineResponder()

  beforeAll(async () => {
    fake = await startFakeOpenAI((req, i) => script.responder(req, i))
    payload = await startTestPayload({
      db,
      plugin: { llm: { apiKey: SECRET_API_KEY, baseURL: fake.baseURL, model: FAKE_MODEL, pricing: FAKE_PRICING, timeoutMs: 30_000 } },
    })
  })
  afterAll(async () => {
    await stopTestPayload(payload)
    await fake?.close()
  })
  beforeEach(() => clearModeCache())

  const introductionPrompt = async (articleId: Doc['id'], runId: string) => {
    const { docs } = await payload.find({
      collection: 'generations',
      depth: 0,
      where: { and: [{ article: { equals: articleId } }, { phase: { equals: 'introduction' } }, { run: { equals: runId } }] },
    })
    const generation = docs[0] as Doc
    return { generation, user: String((generation.messages as { content: string }[])[1]!.content) }
  }

  it('generates with the kit as saved in an earlier version, and records that version', async () => {
    const original = (await payload.find({ collection: 'prompt-kits', where: { slug: { equals: defaultKit.slug } } })).docs[0] as Doc
    const kit = (await payload.create({
      collection: 'prompt-kits',
      data: { name: 'Pinned kit', phases: (original.phases as Phase[]).map(({ id: _id, ...p }) => p), slug: 'pinned-kit' },
    })) as Doc
    const firstVersion = (await payload.findVersions({ collection: 'prompt-kits', limit: 1, sort: '-updatedAt', where: { parent: { equals: kit.id } } })).docs[0]!
    await payload.update({
      collection: 'prompt-kits',
      data: {
        phases: (kit.phases as Phase[]).map((p) => (p.key === 'introduction' ? { ...p, template: `${p.template}\n\n${MARKER}` } : p)),
      },
      id: kit.id,
    })
    const { brief } = await createBriefWithSibling(payload, 'pin')
    await payload.update({ collection: 'briefs', data: { kit: kit.id }, id: brief.id })

    const pinned = await generateArticle(payload, { brief: brief.id, kitVersion: firstVersion.id })
    await runPendingPipelines(payload)
    const old = await introductionPrompt(pinned.articleId, pinned.runId)
    expect(old.generation.status).toBe('succeeded')
    expect(old.user).not.toContain(MARKER)
    expect(String(old.generation.kitVersion)).toBe(String(firstVersion.id))
    const article = (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: pinned.articleId })) as Doc
    expect((article.run as { kitVersion?: string }).kitVersion).toBe(String(firstVersion.id))

    const current = await generateArticle(payload, { article: pinned.articleId, force: true, phases: ['introduction'] })
    await runPendingPipelines(payload)
    const now = await introductionPrompt(pinned.articleId, current.runId)
    expect(now.user).toContain(MARKER)
    expect(String(now.generation.kitVersion)).not.toBe(String(firstVersion.id))
  })

  it('refuses a version that does not exist with a 400 naming it', async () => {
    const { brief } = await createBriefWithSibling(payload, 'nover')
    const missing = db === 'mongodb' ? '000000000000000000000000' : 987654
    await expect(generateArticle(payload, { brief: brief.id, kitVersion: missing })).rejects.toMatchObject({
      message: expect.stringContaining(String(missing)),
      status: 400,
    })
  })
})
