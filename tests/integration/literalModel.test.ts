import type { FakeResponder } from '../support/fakeOpenAI.js'

import { newRunId } from '../../src/pipeline/runId.js'
import { runPipeline } from '../../src/pipeline/runPipeline.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { anthropicLayer, geminiLayer } from '../support/fakeProviders.js'
import { schemaLiteralModel } from '../support/fakeLiteralModel.js'
import { createArticle, createBriefWithSibling, phaseOfRequest } from '../support/pipelineFixtures.js'
import { pipelineSuite } from '../support/pipelineSuite.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }

const allPhases = ['outline', 'research', 'introduction', 'body', 'eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social', 'seoReview']
const jsonPhases = allPhases.filter((p) => !['introduction', 'body', 'conclusion'].includes(p))

/** The brief's word target (createBriefWithSibling): the literal model would say 7, its favourite number. */
const BRIEF_WORD_TARGET = 900

/** Requests per phase and per HTTP status the model's layer answered with. */
const counted = (inner: FakeResponder) => {
  const requests: Record<string, number> = {}
  const rejected: Record<string, number> = {}
  const responder: FakeResponder = async (req, i) => {
    const phase = phaseOfRequest(req)
    requests[phase] = (requests[phase] ?? 0) + 1
    const reply = await inner(req, i)
    if ('status' in reply) rejected[phase] = (rejected[phase] ?? 0) + 1
    return reply
  }
  return { rejected, requests, responder }
}

const providers: [string, () => FakeResponder][] = [
  ['an OpenAI-compatible server', () => schemaLiteralModel()],
  ['Gemini (400 on additionalProperties and the like)', () => geminiLayer(schemaLiteralModel())],
  ['Anthropic (response_format ignored, JSON in prose and a fence)', () => anthropicLayer(schemaLiteralModel())],
]

describe.each(databasesUnderTest())('a schema-literal model on %s', (db) => {
  const suite = pipelineSuite(db, { plugin: { pipeline: { concurrency: 4 } }, users: [] })
  let n = 0

  it.each(providers)('completes the whole default kit behind %s', async (name, model) => {
    const fake = counted(model())
    suite.script = { counts: fake.requests, responder: fake.responder, total: () => Object.values(fake.requests).reduce((a, b) => a + b, 0) }
    const { brief } = await createBriefWithSibling(suite.payload, `literal${++n}`)
    const article = await createArticle(suite.payload, brief)

    const result = await runPipeline(suite.payload, { articleId: article.id, runId: newRunId() })

    expect({ error: result.error, status: result.status }).toEqual({ error: undefined, status: 'succeeded' })
    expect(Object.entries(result.phases).filter(([, r]) => r.status !== 'done')).toEqual([])
    expect(Object.keys(result.phases).sort()).toEqual([...allPhases].sort())
    // Every phase asked the model (no cache hit hides a failure); none failed.
    for (const phase of allPhases) expect(fake.requests[phase] ?? 0).toBeGreaterThanOrEqual(1)
    // Gemini rejects the schema's keywords at first; the drop is remembered per model, so not every phase sees a 400.
    const rejectedPhases = Object.keys(fake.rejected)
    if (name.startsWith('Gemini')) expect(rejectedPhases.length).toBeGreaterThanOrEqual(1)
    else expect(rejectedPhases).toEqual([])
    expect(rejectedPhases.filter((phase) => !jsonPhases.includes(phase))).toEqual([])

    const doc = (await suite.payload.findByID({ collection: 'articles', depth: 0, draft: true, id: article.id })) as Doc
    expect((doc.pipeline as Doc[]).map((row) => [row.phase, row.status])).toEqual(allPhases.map((p) => [p, 'done']))
    expect(doc.run).toMatchObject({ error: null, status: 'succeeded' })
    // The total word target is the brief's, not the model's.
    expect((doc.outline as { totalWordTarget?: number }).totalWordTarget).toBe(BRIEF_WORD_TARGET)
    expect((doc.outline as { headings?: unknown[] }).headings?.length).toBeGreaterThanOrEqual(2)

    const generations = (
      await suite.payload.find({ collection: 'generations', depth: 0, limit: 0, pagination: false, where: { run: { equals: result.runId } } })
    ).docs as Doc[]
    expect(generations.map((g) => [g.phase, g.status]).sort()).toEqual(allPhases.map((p) => [p, 'succeeded']).sort())
  })
})
