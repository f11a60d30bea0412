import type { Payload } from 'payload'

import { setTimeout as sleep } from 'node:timers/promises'

import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { graphqlRequest } from '../support/graphql.js'
import { createArticle, createBriefWithSibling } from '../support/pipelineFixtures.js'
import { pipelineSuite } from '../support/pipelineSuite.js'
import { restRequest } from '../support/rest.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }
type ErrorBody = { errors: { message: string }[] }

// Windows far longer than a test: none of these tests can straddle a window's end by chance.
const LONG_WINDOW_MS = 30 * 24 * 60 * 60_000
// Long enough for a few requests, short enough to wait out once.
const SHORT_WINDOW_MS = 2_000

describe.each(databasesUnderTest())('rate limits per user on %s', (db) => {
  const suite = pipelineSuite(db, {
    plugin: {
      // The gate's admin check: rate limits exempt the same users unless told otherwise.
      gate: { isAdmin: (user) => (user as { name?: string }).name === 'admin' },
      rateLimits: {
        generate: { max: 2, windowMs: LONG_WINDOW_MS },
        import: false,
        preview: { max: 5, windowMs: LONG_WINDOW_MS },
        previewTemplate: { max: 2, windowMs: SHORT_WINDOW_MS },
      },
    },
    users: ['admin', 'burst', 'editor', 'generator', 'gql', 'other', 'waiter'],
  })
  let payload: Payload
  let brief: Doc
  beforeAll(async () => {
    payload = suite.payload
    ;({ brief } = await createBriefWithSibling(payload, 'rl'))
  })

  const preview = (user: keyof typeof suite.tokens) =>
    restRequest(payload, 'get', `/briefs/${brief.id}/preview`, { token: suite.tokens[user] })

  it('answers 429 with Retry-After and a clear message past the limit, while another user is not limited', async () => {
    for (let call = 1; call <= 5; call++) expect((await preview('editor')).status).toBe(200)
    const limited = await preview('editor')
    expect(limited.status).toBe(429)
    const retryAfter = Number(limited.headers.get('Retry-After'))
    expect(Number.isInteger(retryAfter)).toBe(true)
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(LONG_WINDOW_MS / 1000)
    const body = (await limited.json()) as ErrorBody
    expect(body.errors[0]!.message).toBe(
      `Too many preview requests: at most 5 per 30 days for each user. Try again in ${retryAfter} s.`,
    )
    expect((await preview('other')).status).toBe(200)
  })

  it('never limits a user the gate calls an admin', async () => {
    const statuses = []
    for (let call = 1; call <= 8; call++) statuses.push((await preview('admin')).status)
    expect(statuses).toEqual(Array(8).fill(200))
  })

  it('lets exactly the limit through when a user sends many requests at once', async () => {
    const statuses = (await Promise.all(Array.from({ length: 12 }, () => preview('burst')))).map((res) => res.status)
    expect(statuses.filter((status) => status === 200)).toHaveLength(5)
    expect(statuses.filter((status) => status === 429)).toHaveLength(7)
  })

  it('limits REST generate, and an endpoint whose limit is false is not limited', async () => {
    const article = await createArticle(payload, brief, 'Rate-limited article')
    const generate = () =>
      restRequest(payload, 'post', `/articles/${article.id}/generate`, { body: { phases: ['outline'] }, token: suite.tokens.generator })
    const first = [(await generate()).status, (await generate()).status]
    // A run is queued once; the second call meets it (409). Both were counted.
    expect(first).toEqual([202, 409])
    expect((await generate()).status).toBe(429)
    // import: false
    const imports = []
    for (let call = 1; call <= 3; call++) {
      imports.push((await restRequest(payload, 'post', '/briefs/import', { body: 'not a prompt kit page', token: suite.tokens.generator })).status)
    }
    expect(imports).toEqual([400, 400, 400])
  })

  it('limits the GraphQL generateArticle mutation with the same counter, status 429 and retryAfterSeconds', async () => {
    const article = await createArticle(payload, brief, 'GraphQL rate-limited article')
    const mutation = 'mutation ($article: ID) { generateArticle(article: $article, phases: ["outline"]) { runId } }'
    const call = () => graphqlRequest(payload, mutation, { token: suite.tokens.gql, variables: { article: String(article.id) } })
    expect((await restRequest(payload, 'post', `/articles/${article.id}/generate`, { body: {}, token: suite.tokens.gql })).status).toBe(202)
    const second = await call()
    expect(second.body.errors?.[0]?.extensions?.statusCode).not.toBe(429)
    const third = await call()
    expect(third.body.errors?.[0]?.extensions?.statusCode).toBe(429)
    expect(third.body.errors?.[0]?.message).toMatch(/^Too many generate requests: at most 2 per/)
    expect(third.body.errors?.[0]?.extensions?.data?.retryAfterSeconds).toBeGreaterThan(0)
  })

  it('keeps the counters closed to the REST API', async () => {
    const counters = await restRequest(payload, 'get', '/prompt-kit-rate-limits', { token: suite.tokens.editor })
    expect(counters.status).toBe(403)
  })

  it('lets the user in again once the window has ended', async () => {
    const previewTemplate = () =>
      restRequest(payload, 'post', '/prompt-kits/preview-template', {
        body: { brief: brief.id, phase: { key: 'outline', outputKind: 'outline', template: 'Outline {{primaryKeyword}}', title: 'Outline' } },
        token: suite.tokens.waiter,
      })
    let limited: Response | undefined
    for (let call = 1; call <= 20 && !limited; call++) {
      const res = await previewTemplate()
      if (res.status === 429) limited = res
      else expect(res.status).toBe(200)
    }
    expect(limited?.status).toBe(429)
    const retryAfter = Number(limited!.headers.get('Retry-After'))
    expect(retryAfter).toBeLessThanOrEqual(SHORT_WINDOW_MS / 1000)
    await sleep(retryAfter * 1000)
    expect((await previewTemplate()).status).toBe(200)
  })
})
