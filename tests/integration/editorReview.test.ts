import type { Access, Payload } from 'payload'

import { newRunId } from '../../src/pipeline/runId.js'
import { runPipeline } from '../../src/pipeline/runPipeline.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { createArticle, createBriefWithSibling, pipelineResponder, sampleContent } from '../support/pipelineFixtures.js'
import { pipelineSuite } from '../support/pipelineSuite.js'
import { restRequest } from '../support/rest.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }
type Row = { fieldHashes?: Record<string, string> | null; phase: string; status: string }

const allPhases = ['outline', 'research', 'introduction', 'body', 'eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social', 'seoReview']

/** The sample outline with another title: a different answer of the same shape. */
const revisedOutline = () => JSON.stringify({ ...(JSON.parse(sampleContent('outline')) as object), title: 'A revised outline title' })

// "viewer" may read articles but update nothing, and may not read briefs.
const nameOf = (req: Parameters<Access>[0]['req']) => (req.user as { name?: string } | null)?.name
const loggedIn: Access = ({ req }) => Boolean(req.user)
const notViewer: Access = ({ req }) => Boolean(req.user) && nameOf(req) !== 'viewer'

describe.each(databasesUnderTest())('staleness and human edits on %s', (db) => {
  const suite = pipelineSuite(db, {
    plugin: {
      overrides: {
        articles: { access: { create: notViewer, delete: loggedIn, read: loggedIn, readVersions: loggedIn, update: notViewer } },
        briefs: { access: { create: loggedIn, delete: loggedIn, read: notViewer, update: loggedIn } },
      },
      pipeline: { concurrency: 3 },
    },
    users: ['editor', 'viewer'],
  })
  const { tokens } = suite
  let payload: Payload
  let n = 0
  beforeAll(() => {
    payload = suite.payload
  })

  const readArticle = async (id: Doc['id']) => (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id })) as Doc
  const statuses = async (id: Doc['id']) =>
    Object.fromEntries(((await readArticle(id)).pipeline as Row[]).map((row) => [row.phase, row.status]))
  const run = async (articleId: Doc['id'], phases?: string[], force = false) => {
    const result = await runPipeline(payload, { articleId, force, phases, runId: newRunId() })
    expect(result.status).toBe('succeeded')
    return result
  }
  /** A brief whose article went through a full run. */
  const generated = async () => {
    const { brief } = await createBriefWithSibling(payload, `r${++n}`)
    const article = await createArticle(payload, brief)
    await run(article.id)
    return { article, brief }
  }
  /** The introduction with its words replaced, as an editor would save it. */
  const editedIntroduction = (article: Doc, words: string) =>
    JSON.parse(JSON.stringify(article.introduction).replace('Continuous integration and continuous delivery are often confused.', words))
  const patchAsEditor = (id: Doc['id'], data: Record<string, unknown>) =>
    restRequest(payload, 'patch', `/articles/${id}?draft=true`, { body: data, token: tokens.editor })
  const plainText = (value: unknown) => JSON.stringify(value)
  const newIntroduction = () =>
    pipelineResponder({ introduction: () => ({ content: 'A regenerated introduction about pipelines.\n\nIt is new.' }) })

  it('fingerprints every field a phase wrote, so a forced re-run of everything overwrites and proposes nothing', async () => {
    const { article } = await generated()
    const rows = (await readArticle(article.id)).pipeline as Row[]
    expect(rows.map((r) => r.phase).sort()).toEqual([...allPhases].sort())
    for (const row of rows) {
      expect(row.status).toBe('done')
      expect(Object.keys(row.fieldHashes ?? {}).length).toBeGreaterThan(0)
    }
    await run(article.id, undefined, true)
    const after = await readArticle(article.id)
    expect(Object.values(await statuses(article.id)).every((s) => s === 'done')).toBe(true)
    expect(after.proposals).toEqual([])
  })

  it('marks every done phase stale when the brief content changes, not for kit or generate-on-save', async () => {
    const { article, brief } = await generated()
    await payload.update({ collection: 'briefs', data: { generateOnSave: false }, id: brief.id })
    expect(Object.values(await statuses(article.id)).every((s) => s === 'done')).toBe(true)

    const res = await restRequest(payload, 'patch', `/briefs/${brief.id}`, { body: { tone: 'playful' }, token: tokens.editor })
    expect(res.status).toBe(200)
    expect(Object.values(await statuses(article.id))).toEqual(allPhases.map(() => 'stale'))

    // Running a stale phase's dependant brings the stale dependencies up to date as well.
    await run(article.id, ['introduction'])
    const after = await statuses(article.id)
    expect(after.introduction).toBe('done')
    expect(after.outline).toBe('done')
    expect(after.body).toBe('stale')
  })

  it('marks the dependants of a re-run phase stale when its output changes, transitively and not within the run', async () => {
    const { article } = await generated()
    // Same inputs, answered from the cache: nothing changes, nothing goes stale.
    await run(article.id, ['introduction'])
    expect(Object.values(await statuses(article.id)).every((s) => s === 'done')).toBe(true)

    suite.script = newIntroduction()
    await run(article.id, ['introduction'], true)
    const after = await statuses(article.id)
    expect(after.introduction).toBe('done')
    expect(after.seoReview).toBe('stale')
    expect(Object.entries(after).filter(([, s]) => s === 'stale').map(([k]) => k)).toEqual(['seoReview'])

    // outline → everything but research, through introduction/body/faq to seoReview; the run's own phases stay done.
    suite.script = pipelineResponder({ outline: () => ({ content: revisedOutline() }) })
    await run(article.id, ['outline', 'introduction'], true)
    const later = await statuses(article.id)
    expect(later.research).toBe('done')
    expect(later.outline).toBe('done')
    expect(later.introduction).toBe('done')
    for (const key of ['body', 'eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social', 'seoReview']) expect(later[key]).toBe('stale')
  })

  it('marks a phase edited when a person changes its field, keeps the text on re-run and offers a proposal to accept', async () => {
    const { article } = await generated()
    const before = await readArticle(article.id)
    const mine = editedIntroduction(before, 'My own opening sentence.')
    expect((await patchAsEditor(article.id, { title: 'Retitled by a person' })).status).toBe(200)
    expect((await statuses(article.id)).introduction).toBe('done')
    expect((await patchAsEditor(article.id, { introduction: mine })).status).toBe(200)
    expect((await statuses(article.id)).introduction).toBe('edited')

    suite.script = newIntroduction()
    await run(article.id, ['introduction'], true)
    const rerun = await readArticle(article.id)
    expect(plainText(rerun.introduction)).toContain('My own opening sentence.')
    expect((await statuses(article.id)).introduction).toBe('edited')
    const proposals = rerun.proposals as { field: string; phase: string; value: unknown }[]
    expect(proposals).toHaveLength(1)
    expect(proposals[0]).toMatchObject({ field: 'introduction', phase: 'introduction' })
    expect(plainText(proposals[0]!.value)).toContain('A regenerated introduction about pipelines.')

    const res = await restRequest(payload, 'post', `/articles/${article.id}/proposals/introduction/accept`, { token: tokens.editor })
    expect(res.status).toBe(200)
    const accepted = await readArticle(article.id)
    expect(plainText(accepted.introduction)).toContain('A regenerated introduction about pipelines.')
    expect(plainText(accepted.introduction)).not.toContain('My own opening sentence.')
    expect(accepted.proposals).toEqual([])
    expect((await statuses(article.id)).introduction).toBe('done')

    // A new outline outdates the accepted introduction like any other output.
    suite.script = pipelineResponder({ outline: () => ({ content: revisedOutline() }) })
    await run(article.id, ['outline'], true)
    expect((await statuses(article.id)).introduction).toBe('stale')

    // Accepted output is the pipeline's again: the next re-run writes it directly.
    suite.script = pipelineResponder({ introduction: () => ({ content: 'A third introduction.' }) })
    await run(article.id, ['introduction'], true)
    const third = await readArticle(article.id)
    expect(plainText(third.introduction)).toContain('A third introduction.')
    expect(third.proposals).toEqual([])
  })

  it('rejecting a proposal keeps the editor text and clears it; a second review is a 404', async () => {
    const { article } = await generated()
    const mine = editedIntroduction(await readArticle(article.id), 'Kept by the editor.')
    expect((await patchAsEditor(article.id, { introduction: mine })).status).toBe(200)
    suite.script = newIntroduction()
    await run(article.id, ['introduction'], true)
    expect(((await readArticle(article.id)).proposals as unknown[]).length).toBe(1)

    const res = await restRequest(payload, 'post', `/articles/${article.id}/proposals/introduction/reject`, { token: tokens.editor })
    expect(res.status).toBe(200)
    const after = await readArticle(article.id)
    expect(plainText(after.introduction)).toContain('Kept by the editor.')
    expect(after.proposals).toEqual([])
    expect((await statuses(article.id)).introduction).toBe('edited')
    const again = await restRequest(payload, 'post', `/articles/${article.id}/proposals/introduction/reject`, { token: tokens.editor })
    expect(again.status).toBe(404)
  })

  it('answers 401, 403 and 404 on the proposal endpoints', async () => {
    const { article } = await generated()
    const path = `/articles/${article.id}/proposals/introduction/accept`
    expect((await restRequest(payload, 'post', path)).status).toBe(401)
    expect((await restRequest(payload, 'post', path, { token: tokens.viewer })).status).toBe(403)
    const none = await restRequest(payload, 'post', path, { token: tokens.editor })
    expect(none.status).toBe(404)
    expect(((await none.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/no proposal/)
    const missing = db === 'mongodb' ? '000000000000000000000000' : '999999'
    expect((await restRequest(payload, 'post', `/articles/${missing}/proposals/introduction/accept`, { token: tokens.editor })).status).toBe(404)
  })

  it('previews every phase of a brief with rendered prompts, placeholders and estimates', async () => {
    const { brief } = await createBriefWithSibling(payload, `p${++n}`)
    const res = await restRequest(payload, 'get', `/briefs/${brief.id}/preview`, { token: tokens.editor })
    expect(res.status).toBe(200)
    const preview = (await res.json()) as {
      phases: { estimatedCost: number; key: string; messages: { content: string; role: string }[]; missingOutputs: string[]; promptTokens: number }[]
      totals: { estimatedCost: number; promptTokens: number }
    }
    expect(preview.phases.map((p) => p.key)).toEqual(allPhases)
    for (const phase of preview.phases) {
      expect(phase.messages.map((m) => m.role)).toEqual(['system', 'user'])
      expect(phase.messages[0]!.content).toContain(String(brief.title))
      expect(phase.promptTokens).toBeGreaterThan(0)
      expect(phase.estimatedCost).toBeGreaterThan(0)
    }
    const introduction = preview.phases.find((p) => p.key === 'introduction')!
    expect(introduction.missingOutputs).toEqual(['outline'])
    expect(introduction.messages[1]!.content).toContain('[output of outline — not generated yet]')
    expect(preview.totals.promptTokens).toBe(preview.phases.reduce((sum, p) => sum + p.promptTokens, 0))
    expect(preview.totals.estimatedCost).toBeGreaterThan(0)
    // Nothing was sent to the model.
    expect(suite.script.total()).toBe(0)

    // Only some phases; once generated, the real outputs replace the placeholders.
    const article = await createArticle(payload, brief)
    await run(article.id)
    const some = (await (await restRequest(payload, 'get', `/briefs/${brief.id}/preview?phases=introduction`, { token: tokens.editor })).json()) as typeof preview
    expect(some.phases.map((p) => p.key)).toEqual(['introduction'])
    expect(some.phases[0]!.missingOutputs).toEqual([])
    expect(some.phases[0]!.messages[1]!.content).not.toContain('not generated yet')
  })

  it('answers 401, 403, 404 and 400 on the preview endpoint', async () => {
    const { brief } = await createBriefWithSibling(payload, `q${++n}`)
    expect((await restRequest(payload, 'get', `/briefs/${brief.id}/preview`)).status).toBe(401)
    expect((await restRequest(payload, 'get', `/briefs/${brief.id}/preview`, { token: tokens.viewer })).status).toBe(403)
    expect((await restRequest(payload, 'get', `/briefs/${db === 'mongodb' ? '0123456789abcdef01234567' : '987654'}/preview`, { token: tokens.editor })).status).toBe(404)
    expect((await restRequest(payload, 'get', `/briefs/${brief.id}/preview?phases=nope`, { token: tokens.editor })).status).toBe(400)
  })
})
