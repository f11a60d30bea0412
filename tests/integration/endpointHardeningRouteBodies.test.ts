import type { Payload } from 'payload'

import { withGraphQLGuards, withMethodOverrideGuard } from '../../src/endpoints/apiRouteGuards.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { loginToken } from '../support/rest.js'
import { cacheKeyOf, startTestPayload, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

type GraphQLAnswer = {
  data?: Record<string, unknown>
  errors?: { extensions?: { statusCode?: number }; message: string }[]
}
type RestAnswer = { errors: { message: string }[] }

const MAX_BODY = 64 * 1024
const CHUNK = 16 * 1024
const tooLarge = /^Request body is larger than the limit of 65536 bytes \(option `limits.maxBodyBytes`\)\.$/

/** A body that yields CHUNK-byte pieces of `fill` on demand (no eager reads), counting what was pulled. */
const countingStream = (totalBytes: number, fill = 97) => {
  const counter = { pulled: 0 }
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled >= totalBytes) return controller.close()
        counter.pulled += CHUNK
        controller.enqueue(new Uint8Array(CHUNK).fill(fill))
      },
    },
    { highWaterMark: 0 },
  )
  return { counter, stream }
}

describe.each(databasesUnderTest())("body limits on Payload's own routes, on %s", (db) => {
  let payload: Payload
  let token: string
  let previousDefault: unknown
  const cache = () => (globalThis as { _payload?: Map<string, unknown> })._payload!

  beforeAll(async () => {
    payload = await startTestPayload({
      db,
      plugin: {
        limits: { maxBodyBytes: MAX_BODY },
        llm: { baseURL: 'http://127.0.0.1:9/v1', model: 'unused' },
      },
    })
    await payload.create({
      collection: 'users',
      data: { email: `routes-${db}@example.com`, password: 'correct-horse-battery' },
    })
    token = await loginToken(payload, `routes-${db}@example.com`)
    // Next's route handlers look Payload up under the default key.
    previousDefault = cache().get('default')
    cache().set('default', cache().get(cacheKeyOf(payload)))
  }, 120_000)

  afterAll(async () => {
    if (previousDefault === undefined) cache().delete('default')
    else cache().set('default', previousDefault)
    await stopTestPayload(payload)
  })

  const post = (path: string, body: BodyInit | ReadableStream<Uint8Array>, headers: Record<string, string>) =>
    new Request(new URL(`/api${path}`, 'http://localhost:3000'), {
      body,
      duplex: 'half',
      headers: { Authorization: `JWT ${token}`, ...headers },
      method: 'POST',
    } as RequestInit)

  describe('GraphQL route (withGraphQLGuards)', () => {
    const graphqlRoute = async () => {
      const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
      return GRAPHQL_POST(Promise.resolve(payload.config))
    }
    const json = { 'Content-Type': 'application/json' }

    it('answers 413 from the declared Content-Length without reading the body', async () => {
      const { counter, stream } = countingStream(10 * MAX_BODY)
      const response = await withGraphQLGuards(
        await graphqlRoute(),
        payload.config,
      )(post('/graphql', stream, { ...json, 'Content-Length': String(10 * MAX_BODY) }))
      expect(response.status).toBe(413)
      const [error] = ((await response.json()) as GraphQLAnswer).errors!
      expect(error).toEqual({ extensions: { statusCode: 413 }, message: expect.stringMatching(tooLarge) })
      expect(counter.pulled).toBe(0)
    })

    it('stops reading a body without a length once it passes the limit; Payload alone reads it all', async () => {
      const guarded = countingStream(20 * MAX_BODY)
      const response = await withGraphQLGuards(
        await graphqlRoute(),
        Promise.resolve(payload.config),
      )(post('/graphql', guarded.stream, json))
      expect(response.status).toBe(413)
      expect(guarded.counter.pulled).toBeLessThanOrEqual(MAX_BODY + CHUNK)

      const unguarded = countingStream(20 * MAX_BODY)
      await (await graphqlRoute())(post('/graphql', unguarded.stream, json)).catch(() => undefined)
      expect(unguarded.counter.pulled).toBe(20 * MAX_BODY)
    })

    it('passes a query within the limit on to Payload', async () => {
      const response = await withGraphQLGuards(
        await graphqlRoute(),
        payload.config,
      )(post('/graphql', JSON.stringify({ query: '{ __typename }' }), json))
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } })
    })
  })

  describe('REST route with X-HTTP-Method-Override (withMethodOverrideGuard)', () => {
    const restRoute = async () => {
      const { REST_POST } = await import('@payloadcms/next/routes')
      return REST_POST(Promise.resolve(payload.config))
    }
    const briefs = { params: Promise.resolve({ slug: ['briefs'] }) }
    const override = { 'Content-Type': 'application/json', 'X-HTTP-Method-Override': 'GET' }

    it('answers 413 from the declared Content-Length without reading the body', async () => {
      const { counter, stream } = countingStream(10 * MAX_BODY)
      const response = await withMethodOverrideGuard(await restRoute(), payload.config)(
        post('/briefs', stream, { ...override, 'Content-Length': String(10 * MAX_BODY) }),
        briefs,
      )
      expect(response.status).toBe(413)
      expect(((await response.json()) as RestAnswer).errors).toEqual([
        { message: expect.stringMatching(tooLarge) },
      ])
      expect(counter.pulled).toBe(0)
    })

    it('stops reading a body without a length once it passes the limit; Payload alone reads it all', async () => {
      const guarded = countingStream(20 * MAX_BODY)
      const response = await withMethodOverrideGuard(await restRoute(), payload.config)(
        post('/briefs', guarded.stream, override),
        briefs,
      )
      expect(response.status).toBe(413)
      expect(guarded.counter.pulled).toBeLessThanOrEqual(MAX_BODY + CHUNK)

      const unguarded = countingStream(20 * MAX_BODY)
      await (await restRoute())(post('/briefs', unguarded.stream, override), briefs).catch(() => undefined)
      expect(unguarded.counter.pulled).toBe(20 * MAX_BODY)
    })

    it('answers malformed JSON with 400, where Payload fails', async () => {
      const unguarded = await (
        await restRoute()
      )(post('/briefs', '{"where":', override), briefs).then(
        (response) => response.status,
        () => 500, // thrown: Next.js answers 500
      )
      expect(unguarded).toBeGreaterThanOrEqual(500)
      const response = await withMethodOverrideGuard(await restRoute(), payload.config)(
        post('/briefs', '{"where":', override),
        briefs,
      )
      expect(response.status).toBe(400)
      expect(((await response.json()) as RestAnswer).errors).toEqual([
        { message: 'Request body is not valid JSON.' },
      ])
    })

    it('passes a query within the limit on to Payload, as a GET', async () => {
      const response = await withMethodOverrideGuard(await restRoute(), payload.config)(
        post('/briefs', 'limit=1&depth=0', {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-HTTP-Method-Override': 'GET',
        }),
        briefs,
      )
      expect(response.status).toBe(200)
      expect(((await response.json()) as { limit: number }).limit).toBe(1)
    })
  })
})

describe('withMethodOverrideGuard without the override', () => {
  it('passes every other POST on untouched, whatever its size (creates and uploads have their own rules)', async () => {
    const echo = async (request: Request) =>
      Response.json({ bytes: (await request.arrayBuffer()).byteLength })
    const body = 'x'.repeat(2 * 1024 * 1024)
    const response = await withMethodOverrideGuard(echo)(
      new Request('http://localhost:3000/api/briefs', { body, method: 'POST' }),
    )
    expect(await response.json()).toEqual({ bytes: body.length })
  })
})
