import type { Payload } from 'payload'

import { captureLogs } from '../support/captureLogs.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { graphqlRequest } from '../support/graphql.js'
import { createBriefWithSibling } from '../support/pipelineFixtures.js'
import { loginToken } from '../support/rest.js'
import { startTestPayload, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

/**
 * Payload's GraphQL route logs every error as an ERROR with a stack (one generic name); the plugin
 * logs refusals at info on one line and server faults at error with the stack (graphqlErrorLogging.ts).
 */
describe.each(databasesUnderTest())('GraphQL error logging on %s', (db) => {
  let payload: Payload
  let logs: string[]
  let editor: string
  let briefId: number | string
  let draftId: number | string
  /** An ID literal no document has, in this database's ID type. */
  const missingId = db === 'mongodb' ? '"0123456789abcdef01234567"' : '987654'

  beforeAll(async () => {
    payload = await startTestPayload({
      db,
      plugin: {
        llm: { baseURL: 'http://127.0.0.1:9/v1', model: 'unused' },
        overrides: {
          // A user named "boom" makes the briefs' read rule throw: a server fault in a resolver.
          briefs: {
            access: {
              read: ({ req }) => {
                if ((req.user as { name?: string } | null)?.name === 'boom')
                  throw new Error('read rule exploded')
                return Boolean(req.user)
              },
            },
          },
        },
        rateLimits: { generate: { max: 1, windowMs: 60_000 } },
      },
    })
    for (const name of ['editor', 'boom']) {
      await payload.create({
        collection: 'users',
        data: { email: `${name}-gql-${db}@example.com`, name, password: 'correct-horse-battery' },
      })
    }
    editor = await loginToken(payload, `editor-gql-${db}@example.com`)
    ;({
      brief: { id: briefId },
    } = await createBriefWithSibling(payload, 'gql'))
    const draft = await payload.create({
      collection: 'articles',
      data: { brief: briefId, slug: 'gql-draft', title: 'Draft' },
      draft: true,
    })
    draftId = draft.id
    logs = captureLogs(payload)
  }, 120_000)

  afterAll(() => stopTestPayload(payload))

  /** The lines one operation logs. */
  const logsOf = async (query: string, token?: string) => {
    logs.length = 0
    const { body } = await graphqlRequest(payload, query, { token })
    return { errors: body.errors ?? [], lines: [...logs] }
  }

  it.each([
    [
      'Forbidden',
      '{ Users { docs { id } } }',
      undefined,
      /^info GraphQL Users answered 403: You are not allowed to perform this action\.$/,
    ],
    [
      'NotFound',
      `{ Brief(id: ${missingId}) { id } }`,
      'editor',
      /^info GraphQL Brief answered 404: Not Found\.?$/,
    ],
    [
      'a bad ID',
      '{ articlePipeline(article: "1.5") { totals { tokens } } }',
      'editor',
      // An integer on SQL, an ObjectId on MongoDB: either way "1.5" is malformed, not missing.
      /^info GraphQL articlePipeline answered 400: article: must be an? .+, got "1\.5"$/,
    ],
  ] as const)('logs %s at info on one line, without a stack', async (_what, query, as, line) => {
    const { errors, lines } = await logsOf(query, as && editor)
    expect(errors).toHaveLength(1)
    expect(lines).toEqual([expect.stringMatching(line)])
  })

  it('logs a ValidationError and a refused publish (PublishGateError) at info', async () => {
    const invalid = await logsOf(
      `mutation { updateBrief(id: ${JSON.stringify(briefId)}, data: { title: "" }) { id } }`,
      editor,
    )
    expect(invalid.errors[0]!.extensions).toMatchObject({ name: 'ValidationError', statusCode: 400 })
    expect(invalid.lines).toEqual([expect.stringMatching(/^info GraphQL updateBrief answered 400: /)])

    const publish = await logsOf(
      `mutation { updateArticle(id: ${JSON.stringify(draftId)}, data: { _status: published }) { id } }`,
      editor,
    )
    expect(publish.errors[0]!.extensions).toMatchObject({ name: 'PublishGateError', statusCode: 400 })
    // The gate logs its warnings at info too; nothing of it at warn or error.
    expect(publish.lines.filter((line) => !line.startsWith('info '))).toEqual([])
    expect(publish.lines).toContainEqual(
      expect.stringMatching(
        /^info GraphQL updateArticle answered 400: Publishing blocked by the pre-publish checklist: /,
      ),
    )
  })

  it('logs a rate-limited generateArticle at info', async () => {
    const generate = `mutation { generateArticle(brief: ${JSON.stringify(briefId)}) { runId } }`
    expect((await logsOf(generate, editor)).errors).toEqual([])
    const limited = await logsOf(generate, editor)
    expect(limited.errors[0]!.extensions).toMatchObject({ statusCode: 429 })
    expect(limited.lines).toEqual([
      expect.stringMatching(/^info GraphQL generateArticle answered 429: Too many generate requests/),
    ])
  })

  it('logs a server fault at error, with the stack of what was thrown', async () => {
    const boom = await loginToken(payload, `boom-gql-${db}@example.com`)
    const { errors, lines } = await logsOf('{ Briefs { docs { id } } }', boom)
    expect(errors[0]!.extensions).toMatchObject({ statusCode: 500 })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^error /)
    expect(lines[0]).toContain('GraphQL Briefs failed')
    expect(lines[0]).toContain('read rule exploded')
    expect(lines[0]).toMatch(/at .*endpointHardeningGraphQL\.test\.ts/)
  })
})
