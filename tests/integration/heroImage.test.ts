import type { CollectionConfig, Payload } from 'payload'

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { FakeOpenAI } from '../support/fakeOpenAI.js'

import { generateHeroImage, HERO_IMAGE_PHASE } from '../../src/images/hero/generateHeroImage.js'
import { clearModeCache } from '../../src/llm/index.js'
import { newRunId } from '../../src/pipeline/runId.js'
import { runPipeline } from '../../src/pipeline/runPipeline.js'
import { captureLogs } from '../support/captureLogs.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { errorBody, FAKE_PNG_BASE64, startFakeOpenAI } from '../support/fakeOpenAI.js'
import { createArticle, createBriefWithSibling, FAKE_MODEL, FAKE_PRICING, pipelineResponder, SECRET_API_KEY } from '../support/pipelineFixtures.js'
import { loginToken, restRequest } from '../support/rest.js'
import { createUser, startTestPayload, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

type Doc = { [key: string]: any; id: number | string }

const media: CollectionConfig = {
  slug: 'media',
  access: { read: () => true },
  fields: [{ name: 'alt', type: 'text' }],
  upload: { staticDir: mkdtempSync(path.join(tmpdir(), 'ppk-hero-')) },
}

const plan = [
  { altText: 'Diagram of the CI vs CD pipeline stages', description: 'Where CI ends and CD begins.', filename: 'ci-vs-cd-stages.webp', placement: 'What CI does', type: 'diagram' },
  { altText: 'Screenshot of a GitHub Actions run', description: 'A green run.', filename: 'actions-run.png', placement: 'Quick checklist', type: 'screenshot' },
]

describe.each(databasesUnderTest())('image plan uploads and the hero image on %s', (db) => {
  let payload: Payload
  let fake: FakeOpenAI
  let script = pipelineResponder()
  let logs: string[]
  let n = 0

  beforeAll(async () => {
    fake = await startFakeOpenAI((req, i) => script.responder(req, i))
    payload = await startTestPayload({
      collections: [media],
      db,
      plugin: {
        images: { generate: true, pricePerImageUsd: 0.04 },
        llm: { apiKey: SECRET_API_KEY, baseURL: fake.baseURL, model: FAKE_MODEL, pricing: FAKE_PRICING, timeoutMs: 30_000 },
        seedDefaultKit: true,
      },
    })
    logs = captureLogs(payload)
  })
  afterAll(async () => {
    await stopTestPayload(payload)
    await fake?.close()
  })
  beforeEach(() => {
    clearModeCache()
    script = pipelineResponder()
  })

  const read = async (id: Doc['id']) => (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id })) as Doc
  const imagesRow = (article: Doc) => (article.pipeline as Doc[]).find((row) => row.phase === 'images')
  const uploadPng = async (name: string) =>
    (await payload.create({
      collection: 'media',
      data: { alt: 'upload alt' },
      file: { data: Buffer.from(FAKE_PNG_BASE64, 'base64'), mimetype: 'image/png', name, size: 68 },
    } as never)) as Doc
  const articleWithPlan = async () => {
    const { brief } = await createBriefWithSibling(payload, `h${++n}`)
    const article = await createArticle(payload, brief)
    return (await payload.update({ collection: 'articles', data: { imagePlan: plan }, draft: true, id: article.id })) as Doc
  }
  const generationsOf = async (article: Doc['id']) =>
    (await payload.find({ collection: 'generations', depth: 0, pagination: false, where: { and: [{ article: { equals: article } }, { phase: { equals: HERO_IMAGE_PHASE } }] } })).docs as Doc[]

  it('keeps the images phase done when an editor uploads, and a re-run keeps the uploads that still match', async () => {
    const { brief } = await createBriefWithSibling(payload, `r${++n}`)
    const article = await createArticle(payload, brief)
    expect((await runPipeline(payload, { articleId: article.id, phases: ['images'], runId: newRunId() })).status).toBe('succeeded')
    const planned = await read(article.id)
    expect(planned.imagePlan).toHaveLength(6)

    const uploaded = await uploadPng('topic-basics-1.png')
    const other = await uploadPng('topic-basics-2.png')
    const editor = await createUser(payload)
    const withUploads = (planned.imagePlan as Doc[]).map((item, i) =>
      i === 0 ? { ...item, caption: 'Our pipeline', image: uploaded.id } : i === 1 ? { ...item, image: other.id } : item,
    )
    await payload.update({ collection: 'articles', data: { imagePlan: withUploads }, draft: true, id: article.id, overrideAccess: false, user: editor })
    const afterUpload = await read(article.id)
    expect(imagesRow(afterUpload)?.status).toBe('done')
    expect(afterUpload.imagePlan[0].image).toBe(uploaded.id)

    // The new plan keeps item 1's file name (under another heading); item 2's name and slot are gone.
    script = pipelineResponder({
      images: () => ({
        content: JSON.stringify({
          images: [
            { altText: 'New alt', description: 'New description', filename: 'topic-basics-1.webp', format: 'photo', placement: 'Quick checklist', type: 'photo' },
            ...Array.from({ length: 5 }, (_, i) => ({ altText: `Alt ${i}`, description: 'd', filename: `fresh-${i}.webp`, format: 'photo', placement: 'Elsewhere', type: 'photo' })),
          ],
        }),
      }),
    })
    expect((await runPipeline(payload, { articleId: article.id, force: true, phases: ['images'], runId: newRunId() })).status).toBe('succeeded')
    const rerun = await read(article.id)
    expect(imagesRow(rerun)?.status).toBe('done')
    expect(rerun.proposals ?? []).toEqual([])
    expect(rerun.imagePlan.map((item: Doc) => item.filename)).toEqual(['topic-basics-1.webp', 'fresh-0.webp', 'fresh-1.webp', 'fresh-2.webp', 'fresh-3.webp', 'fresh-4.webp'])
    expect(rerun.imagePlan.map((item: Doc) => item.image ?? null)).toEqual([uploaded.id, null, null, null, null, null])
    expect(rerun.imagePlan[0]).toMatchObject({ caption: 'Our pipeline', description: 'New description', placement: 'Quick checklist' })
  })

  it("still counts an edit of the plan's own text as a person's edit", async () => {
    const { brief } = await createBriefWithSibling(payload, `e${++n}`)
    const article = await createArticle(payload, brief)
    await runPipeline(payload, { articleId: article.id, phases: ['images'], runId: newRunId() })
    const planned = await read(article.id)
    const edited = (planned.imagePlan as Doc[]).map((item, i) => (i === 0 ? { ...item, altText: 'An alt text I wrote' } : item))
    await payload.update({ collection: 'articles', data: { imagePlan: edited }, draft: true, id: article.id })
    expect(imagesRow(await read(article.id))?.status).toBe('edited')
  })

  it('generates the hero image into the media collection with the alt text, and records its cost', async () => {
    const article = await articleWithPlan()
    fake.scriptImages({ usage: { input_tokens: 50, output_tokens: 4000 } })
    const before = fake.imageRequestCount
    const outcome = await generateHeroImage(payload, { articleId: article.id })
    expect(outcome).toMatchObject({ status: 'generated' })
    if (outcome.status !== 'generated') return
    expect(fake.imageRequestCount).toBe(before + 1)
    const request = fake.requests.filter((r) => r.path === '/v1/images/generations').at(-1)!
    expect(request.body).toMatchObject({ model: 'gpt-image-1', n: 1, size: '1536x1024' })
    expect(request.body.response_format).toBeUndefined()
    expect(request.body.prompt).toContain('Where CI ends and CD begins.')

    const stored = (await payload.findByID({ collection: 'media', depth: 0, id: outcome.media })) as Doc
    // The plan's name with the extension of the format that came back (Payload numbers a name already taken).
    expect(stored).toMatchObject({ alt: plan[0]!.altText, filename: expect.stringMatching(/^ci-vs-cd-stages(-\d+)?\.png$/), height: 1, mimeType: 'image/png', width: 1 })
    const saved = await read(article.id)
    expect(saved.imagePlan.map((item: Doc) => item.image ?? null)).toEqual([outcome.media, null])
    expect(saved.imagePlan[0].altText).toBe(plan[0]!.altText)

    const [generation, ...more] = await generationsOf(article.id)
    expect(more).toEqual([])
    expect(generation).toMatchObject({ completionTokens: 4000, cost: 0.04, model: 'gpt-image-1', parsedOutput: { media: outcome.media }, promptTokens: 50, status: 'succeeded' })
    expect(JSON.stringify(generation)).not.toContain(SECRET_API_KEY)

    // Nothing more to do once the hero has an upload.
    await expect(generateHeroImage(payload, { articleId: article.id })).resolves.toEqual({ reason: 'has-image', status: 'skipped' })
    expect(fake.imageRequestCount).toBe(before + 1)
  })

  it('leaves the article unchanged when the images API fails, and keeps the key out of the record and the logs', async () => {
    const article = await articleWithPlan()
    const before = await read(article.id)
    const mediaBefore = (await payload.count({ collection: 'media' })).totalDocs
    fake.scriptImages({ body: errorBody(`Your request was rejected (key ${SECRET_API_KEY})`, 'invalid_request_error'), status: 400 })
    const outcome = await generateHeroImage(payload, { articleId: article.id })
    expect(outcome).toMatchObject({ status: 'failed' })
    expect(outcome.status === 'failed' && outcome.error).toMatch(/images API request failed: 400/)

    const after = await read(article.id)
    expect(after.imagePlan).toEqual(before.imagePlan)
    expect(after.updatedAt).toBe(before.updatedAt)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(mediaBefore)
    const [generation] = await generationsOf(article.id)
    expect(generation).toMatchObject({ phase: HERO_IMAGE_PHASE, status: 'failed' })
    expect(generation!.error).toContain('[redacted]')
    expect(JSON.stringify(generation)).not.toContain(SECRET_API_KEY)
    expect(logs.join('\n')).not.toContain(SECRET_API_KEY)
  })

  it('answers POST /:id/hero-image for an editor, 409 once the hero has an image, 401 anonymously', async () => {
    const article = await articleWithPlan()
    const user = await createUser(payload)
    const token = await loginToken(payload, String(user.email))
    expect((await restRequest(payload, 'post', `/articles/${article.id}/hero-image`)).status).toBe(401)
    const created = await restRequest(payload, 'post', `/articles/${article.id}/hero-image`, { token })
    expect(created.status).toBe(201)
    const body = (await created.json()) as Doc
    expect((await read(article.id)).imagePlan[0].image).toBe(body.media)
    expect((await generationsOf(article.id))[0]).toMatchObject({ status: 'succeeded', triggeredBy: user.id })
    const again = await restRequest(payload, 'post', `/articles/${article.id}/hero-image`, { token })
    expect(again.status).toBe(409)
  })

  it('queues the hero image after the images phase writes a plan, and the job sets it', async () => {
    const { brief } = await createBriefWithSibling(payload, `j${++n}`)
    const article = await createArticle(payload, brief)
    await runPipeline(payload, { articleId: article.id, phases: ['images'], runId: newRunId() })
    expect((await read(article.id)).imagePlan[0].image ?? null).toBeNull()
    await payload.jobs.run({ sequential: true })
    const saved = await read(article.id)
    expect(saved.imagePlan[0].image).not.toBeNull()
    expect(imagesRow(saved)?.status).toBe('done')
    const [generation] = await generationsOf(article.id)
    expect(generation).toMatchObject({ parsedOutput: { media: saved.imagePlan[0].image }, status: 'succeeded' })
  })
})
