import type { Access, Payload } from 'payload'

import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { runPendingPipelines } from '../../src/jobs/runPendingPipelines.js'
import { captureLogs } from '../support/captureLogs.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { graphqlRequest } from '../support/graphql.js'
import { createArticle, createBriefWithSibling, pipelineResponder } from '../support/pipelineFixtures.js'
import { pipelineSuite } from '../support/pipelineSuite.js'
import { restRequest } from '../support/rest.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }
type ErrorBody = { errors: { field?: string; message: string }[] }

const allPhases = ['outline', 'research', 'introduction', 'body', 'eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social', 'seoReview']
const SCOPED_TITLE = 'Scoped article'

// Users are told apart by `name`: "viewer" may read articles only; "scoped" may update one title only.
const nameOf = (req: Parameters<Access>[0]['req']) => (req.user as { name?: string } | null)?.name
const articleAccess: Record<string, Access> = {
  create: ({ req }) => Boolean(req.user) && nameOf(req) !== 'viewer',
  delete: ({ req }) => Boolean(req.user),
  read: ({ req }) => Boolean(req.user),
  readVersions: ({ req }) => Boolean(req.user),
  update: ({ req }) => {
    if (!req.user || nameOf(req) === 'viewer') return false
    return nameOf(req) === 'scoped' ? { title: { equals: SCOPED_TITLE } } : true
  },
}

describe.each(databasesUnderTest())('generation triggers on %s', (db) => {
  const suite = pipelineSuite(db, {
    // The editor sends more than 10 generate calls in a minute here; rate limits have their own suites.
    plugin: { overrides: { articles: { access: articleAccess } }, rateLimits: { generate: false } },
    users: ['editor', 'scoped', 'viewer'],
  })
  const { tokens, users } = suite
  let payload: Payload
  let logs: string[]
  let n = 0
  beforeAll(() => {
    payload = suite.payload
    logs = captureLogs(payload)
  })

  const setup = async () => createBriefWithSibling(payload, `trig${++n}`)
  const post = (path: string, token: string | undefined, body?: unknown) => restRequest(payload, 'post', path, { body, token })
  const json = async <T = Doc>(res: Response) => (await res.json()) as T

  describe('REST', () => {
    it('queues a run from a brief (202), creating its draft article, and reports it as finished', async () => {
      const { brief } = await setup()
      const res = await post(`/briefs/${brief.id}/generate`, tokens.editor, {})
      expect(res.status).toBe(202)
      const started = await json(res)
      expect(started).toEqual({ articleId: expect.anything(), phases: allPhases, runId: expect.stringMatching(/^run_/), status: 'queued' })

      const article = (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: started.articleId as string })) as Doc
      expect(String((article.brief as Doc['id']) ?? '')).toBe(String(brief.id))

      const queued = await restRequest(payload, 'get', `/articles/${started.articleId}/pipeline`, { token: tokens.editor })
      expect(queued.status).toBe(200)
      expect(await json(queued)).toMatchObject({ run: { active: true, id: started.runId, status: 'queued' } })

      await runPendingPipelines(payload)
      expect(suite.script.counts).toEqual(Object.fromEntries(allPhases.map((key) => [key, 1])))

      const done = await restRequest(payload, 'get', `/articles/${started.articleId}/pipeline`, { token: tokens.editor })
      expect(done.status).toBe(200)
      const status = await json<{ phases: Doc[]; run: Doc; totals: { cost: number; tokens: number } }>(done)
      expect(status.run).toMatchObject({ active: false, id: started.runId, status: 'succeeded', triggeredBy: users.editor!.id })
      expect(status.phases.map((p) => [p.key, p.status])).toEqual(allPhases.map((key) => [key, 'done']))
      expect(status.phases[0]).toMatchObject({ cost: expect.any(Number), dependsOn: [], group: expect.any(String), latencyMs: expect.any(Number), tokens: 600 })
      expect(status.totals.tokens).toBe(12 * 600)
    })

    it('queues selected phases of an article with force (202)', async () => {
      const { brief } = await setup()
      const article = await createArticle(payload, brief)
      const res = await post(`/articles/${article.id}/generate`, tokens.editor, { force: true, phases: ['outline'] })
      expect(res.status).toBe(202)
      expect(await json(res)).toMatchObject({ articleId: article.id, phases: ['outline'], status: 'queued' })
      await runPendingPipelines(payload)
      expect(suite.script.counts).toEqual({ outline: 1 })
    })

    it('answers 401 to anonymous callers', async () => {
      const { brief } = await setup()
      const article = await createArticle(payload, brief)
      for (const res of [
        await post(`/briefs/${brief.id}/generate`, undefined, {}),
        await post(`/articles/${article.id}/generate`, undefined, {}),
        await restRequest(payload, 'get', `/articles/${article.id}/pipeline`),
      ]) {
        expect(res.status).toBe(401)
        expect(await json<ErrorBody>(res)).toEqual({ errors: [{ message: 'You must be logged in.' }] })
      }
    })

    it('answers 403 when the article collection denies update (false or a non-matching Where)', async () => {
      const { brief } = await setup()
      const article = await createArticle(payload, brief)
      const denied = await post(`/articles/${article.id}/generate`, tokens.viewer, {})
      expect(denied.status).toBe(403)
      expect((await json<ErrorBody>(denied)).errors[0]!.message).toContain(`not allowed to generate article "${String(article.id)}"`)
      // From the brief: the brief's existing article is what would be regenerated.
      expect((await post(`/briefs/${brief.id}/generate`, tokens.viewer, {})).status).toBe(403)
      // The Where rule matches another title only.
      expect((await post(`/articles/${article.id}/generate`, tokens.scoped, {})).status).toBe(403)
      // Reading the status only needs read access.
      expect((await restRequest(payload, 'get', `/articles/${article.id}/pipeline`, { token: tokens.viewer })).status).toBe(200)
      // A brief without an article needs create access.
      const { brief: fresh } = await setup()
      const noCreate = await post(`/briefs/${fresh.id}/generate`, tokens.viewer, {})
      expect(noCreate.status).toBe(403)
      expect((await json<ErrorBody>(noCreate)).errors[0]!.message).toContain('not allowed to create articles')
      expect(suite.script.total()).toBe(0)
    })

    it('lets a Where rule allow the article it matches', async () => {
      const { brief } = await setup()
      const article = await createArticle(payload, brief, SCOPED_TITLE)
      const res = await post(`/articles/${article.id}/generate`, tokens.scoped, { phases: ['outline'] })
      expect(res.status).toBe(202)
      await runPendingPipelines(payload)
    })

    it('answers 400 naming the field for invalid bodies and unknown phases', async () => {
      const { brief } = await setup()
      const article = await createArticle(payload, brief)
      const url = `/articles/${article.id}/generate`
      const cases: [unknown, string | undefined, RegExp][] = [
        [{ phases: 'x' }, 'phases', /^phases: must be a list of phase keys/],
        [{ force: 'yes' }, 'force', /^force: must be true or false/],
        [{ phases: [] }, 'phases', /leave `phases` out/],
        [{ phases: ['outline'], wat: 1 }, undefined, /Unknown field\(s\) "wat"/],
        [{ phases: ['outline', 'poem'] }, 'phases', /^Unknown phase "poem"; the kit has: outline, research/],
      ]
      for (const [body, field, message] of cases) {
        const res = await post(url, tokens.editor, body)
        expect(res.status).toBe(400)
        const { errors } = await json<ErrorBody>(res)
        expect(errors[0]!.field).toBe(field)
        expect(errors[0]!.message).toMatch(message)
      }
      const badJson = await restRequest(payload, 'post', url, { body: '{"phases": [', contentType: 'application/json', token: tokens.editor })
      expect(badJson.status).toBe(400)
      expect(suite.script.total()).toBe(0)
    })

    it('answers 404 naming an unknown ID (a malformed one is a 400: endpointHardening.test.ts)', async () => {
      // Well-formed on every database: an integer on SQL, an ObjectId on MongoDB.
      const missing = db === 'mongodb' ? '0123456789abcdef01234567' : '987654'
      for (const path of [`/briefs/${missing}/generate`, `/articles/${missing}/generate`]) {
        const res = await post(path, tokens.editor, {})
        expect(res.status).toBe(404)
        expect((await json<ErrorBody>(res)).errors[0]).toMatchObject({ field: 'id', message: expect.stringContaining(`"${missing}"`) })
      }
      const status = await restRequest(payload, 'get', `/articles/${missing}/pipeline`, { token: tokens.editor })
      expect(status.status).toBe(404)
    })

    it('answers 409 when a run is already active, also for two concurrent requests', async () => {
      const { brief } = await setup()
      const article = await createArticle(payload, brief)
      const results = await Promise.all([
        post(`/articles/${article.id}/generate`, tokens.editor, { phases: ['outline'] }),
        post(`/articles/${article.id}/generate`, tokens.editor, { phases: ['outline'] }),
      ])
      expect(results.map((r) => r.status).sort()).toEqual([202, 409])
      const conflict = results.find((r) => r.status === 409)!
      expect((await json<ErrorBody>(conflict)).errors[0]!.message).toContain('already active')
      // From the brief, the same article is targeted.
      expect((await post(`/briefs/${brief.id}/generate`, tokens.editor, {})).status).toBe(409)
      await runPendingPipelines(payload)
      expect(suite.script.counts).toEqual({ outline: 1 })
    })
  })

  describe('GraphQL', () => {
    const mutation = `mutation Generate($brief: ID, $article: ID, $phases: [String], $force: Boolean) {
      generateArticle(brief: $brief, article: $article, phases: $phases, force: $force) { runId articleId status phases }
    }`
    const query = `query Pipeline($article: ID!) {
      articlePipeline(article: $article) {
        article run
        phases { key title group status dependsOn error tokens cost latencyMs generation updatedAt }
        totals { tokens cost }
      }
    }`

    it('queues a run with the mutation and reports it with the query', async () => {
      const { brief } = await setup()
      const started = await graphqlRequest(payload, mutation, { token: tokens.editor, variables: { brief: brief.id } })
      expect(started.status).toBe(200)
      expect(started.body.errors).toBeUndefined()
      const run = started.body.data!.generateArticle
      expect(run).toEqual({ articleId: expect.anything(), phases: allPhases, runId: expect.stringMatching(/^run_/), status: 'queued' })

      await runPendingPipelines(payload)
      const { body } = await graphqlRequest(payload, query, { token: tokens.editor, variables: { article: run.articleId } })
      expect(body.errors).toBeUndefined()
      const pipeline = body.data!.articlePipeline
      expect(String(pipeline.article)).toBe(String(run.articleId))
      expect(pipeline.run).toMatchObject({ id: run.runId, status: 'succeeded' })
      expect(pipeline.phases.map((p: Doc) => p.status)).toEqual(allPhases.map(() => 'done'))
      expect(pipeline.phases.find((p: Doc) => p.key === 'body')).toMatchObject({ dependsOn: ['outline', 'research'], tokens: 600 })
      expect(pipeline.totals.tokens).toBe(12 * 600)
    })

    it('reports errors with extensions.statusCode (HTTP 200, like Payload)', async () => {
      const { brief } = await setup()
      const article = await createArticle(payload, brief)
      const expectError = async (
        doc: string,
        variables: Record<string, unknown>,
        token: string | undefined,
        statusCode: number,
        message: RegExp,
        field?: string,
      ) => {
        const { body, status } = await graphqlRequest(payload, doc, { token, variables })
        expect(status).toBe(200)
        expect(body.errors).toHaveLength(1)
        expect(body.errors![0]).toMatchObject({ extensions: { statusCode } })
        expect(body.errors![0]!.message).toMatch(message)
        if (field) expect(body.errors![0]!.extensions!.data).toEqual({ field })
      }
      await expectError(mutation, { article: article.id }, undefined, 401, /logged in/)
      await expectError(query, { article: article.id }, undefined, 401, /logged in/)
      await expectError(mutation, { article: article.id }, tokens.viewer, 403, /not allowed/)
      await expectError(mutation, { article: article.id, phases: ['poem'] }, tokens.editor, 400, /Unknown phase "poem"/, 'phases')
      await expectError(mutation, { article: article.id, phases: [] }, tokens.editor, 400, /^phases: /, 'phases')
      await expectError(mutation, {}, tokens.editor, 400, /article to generate or its brief/, 'article')
      await expectError(mutation, { brief: '987654' }, tokens.editor, 404, /No brief with ID "987654"/, 'brief')
      await expectError(query, { article: '987654' }, tokens.editor, 404, /No article with ID "987654"/, 'article')

      const first = await graphqlRequest(payload, mutation, { token: tokens.editor, variables: { article: article.id, phases: ['outline'] } })
      expect(first.body.errors).toBeUndefined()
      await expectError(mutation, { article: article.id }, tokens.editor, 409, /already active/)
      await runPendingPipelines(payload)
    })
  })

  describe('generate on save', () => {
    const articlesOf = async (briefId: Doc['id']) =>
      (await payload.find({ collection: 'articles', depth: 0, draft: true, where: { brief: { equals: briefId } } })).docs as Doc[]
    /** Jobs queued for the article, as a worker would see them (outside any transaction). */
    const jobsOf = async (articleId: Doc['id']) =>
      (await payload.count({ collection: 'payload-jobs', where: { 'input.article': { equals: String(articleId) } } })).totalDocs
    const queuedLog = (briefId: Doc['id']) => `brief ${String(briefId)} saved with "generate on save": queued run`

    it('queues a run when a brief with generateOnSave is saved, and logs (not fails) a 409', async () => {
      const { brief } = await setup()
      const saved = (await payload.update({
        collection: 'briefs',
        data: { generateOnSave: true },
        id: brief.id,
        overrideAccess: false,
        user: users.editor,
      })) as Doc
      expect(saved.generateOnSave).toBe(true)

      // Queued within the save: the article and its job are there when the save returns.
      expect(logs.filter((line) => line.includes(queuedLog(brief.id)))).toHaveLength(1)
      const articles = await articlesOf(brief.id)
      expect(articles).toHaveLength(1)
      const article = articles[0]!
      expect(article.run).toMatchObject({ status: 'queued', triggeredBy: users.editor!.id })
      expect(await jobsOf(article.id)).toBe(1)

      // Saved again while the run is queued: the save succeeds, the conflict is logged at info.
      await payload.update({ collection: 'briefs', data: { tone: 'friendly' }, id: brief.id })
      expect(logs.filter((line) => line.startsWith('info') && line.includes(`brief ${String(brief.id)}`) && line.includes('already active'))).toHaveLength(1)
      expect(await jobsOf(article.id)).toBe(1)

      await runPendingPipelines(payload)
      const done = (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: article.id })) as Doc
      expect(done.run).toMatchObject({ status: 'succeeded' })
      expect(suite.script.total()).toBe(12)
    })

    it("queues in the caller's transaction: one run, visible on commit, gone on rollback, no deadlock", async () => {
      const { map } = await setup()
      const briefData = (title: string) => ({ generateOnSave: true, primaryKeyword: 'ci in a transaction', title, topicalMap: map.id })

      // A new brief (its row not committed yet) saved in a transaction the caller owns.
      const req = await createLocalReq({}, payload)
      const inTransaction = await initTransaction(req)
      if (db === 'postgres') expect(inTransaction).toBe(true)
      const brief = (await payload.create({ collection: 'briefs', data: briefData('Committed brief'), req })) as Doc
      expect(logs.filter((line) => line.includes(queuedLog(brief.id)))).toHaveLength(1)
      // Inside the transaction the draft article is there already; outside only once it commits.
      const inside = await payload.find({ collection: 'articles', depth: 0, draft: true, req, where: { brief: { equals: brief.id } } })
      expect(inside.docs).toHaveLength(1)
      const articleId = (inside.docs[0] as Doc).id
      expect(await articlesOf(brief.id)).toHaveLength(inTransaction ? 0 : 1)
      expect(await jobsOf(articleId)).toBe(inTransaction ? 0 : 1)
      await commitTransaction(req)
      const committed = await articlesOf(brief.id)
      expect(committed.map((a) => a.id)).toEqual([articleId])
      expect(committed[0]!.run).toMatchObject({ status: 'queued' })
      expect(await jobsOf(articleId)).toBe(1)

      if (inTransaction) {
        // Rolled back: neither the brief nor its article nor the job stays.
        const rolledBack = await createLocalReq({}, payload)
        expect(await initTransaction(rolledBack)).toBe(true)
        const gone = (await payload.create({ collection: 'briefs', data: briefData('Rolled back brief'), req: rolledBack })) as Doc
        const goneArticle = (
          await payload.find({ collection: 'articles', depth: 0, draft: true, req: rolledBack, where: { brief: { equals: gone.id } } })
        ).docs[0] as Doc
        await killTransaction(rolledBack)
        expect(await payload.count({ collection: 'briefs', where: { id: { equals: gone.id } } })).toEqual({ totalDocs: 0 })
        expect(await articlesOf(gone.id)).toEqual([])
        expect(await jobsOf(goneArticle.id)).toBe(0)
      }

      await runPendingPipelines(payload)
      const done = (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: articleId })) as Doc
      expect(done.run).toMatchObject({ status: 'succeeded' })
      expect(suite.script.total()).toBe(12)
    })

    it('does nothing without generateOnSave, and never fails the save when queuing is refused', async () => {
      const { brief } = await setup()
      await payload.update({ collection: 'briefs', data: { tone: 'dry' }, id: brief.id })
      expect((await payload.count({ collection: 'articles', where: { brief: { equals: brief.id } } })).totalDocs).toBe(0)

      // The viewer may edit briefs but not create articles: the save passes, the refusal is logged as an error.
      const saved = (await payload.update({
        collection: 'briefs',
        data: { generateOnSave: true },
        id: brief.id,
        overrideAccess: false,
        user: users.viewer,
      })) as Doc
      expect(saved.generateOnSave).toBe(true)
      expect(logs.filter((line) => line.startsWith('error') && line.includes(`brief ${String(brief.id)}`) && line.includes('(403)'))).toHaveLength(1)
      expect((await payload.count({ collection: 'articles', where: { brief: { equals: brief.id } } })).totalDocs).toBe(0)
    })
  })
})

describe('npm run generate', () => {
  it('exits non-zero with one readable line when no LLM is configured', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prompt-kit-cli-'))
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URI: `file:${path.join(dir, 'cli.db')}`, NODE_OPTIONS: '' }
    delete env.OPENAI_API_KEY
    delete env.OPENAI_BASE_URL
    const tsx = path.resolve('node_modules/.bin/tsx')
    const result = spawnSync(tsx, ['scripts/generate.ts', '--brief', 'no-such-brief'], { encoding: 'utf8', env, timeout: 90_000 })
    expect(result.status).not.toBe(0)
    expect(result.status).not.toBeNull()
    // A restart after a stalled module load (scripts/relaunch.ts) adds a note line; the error is one line.
    const errorLines = result.stderr.trim().split('\n').filter((line) => !line.includes('module loading stalled'))
    expect(errorLines).toHaveLength(1)
    expect(errorLines[0]).toMatch(/OPENAI_BASE_URL/)
    expect(errorLines[0]).toMatch(/OPENAI_API_KEY/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  }, 120_000)
})
