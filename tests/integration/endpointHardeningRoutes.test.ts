import type { Payload } from 'payload'

import { buildConfig, getPayload, handleEndpoints } from 'payload'

import { withGraphQLGuards } from '../../src/endpoints/apiRouteGuards.js'
import { withGraphQLJsonCheck } from '../../src/endpoints/graphqlJsonCheck.js'
import { versionRoutesWithoutVersions, withoutVersionRoutes } from '../../src/endpoints/versionRoutes.js'
import { promptKitPlugin } from '../../src/plugin.js'
import { databasesUnderTest, freshDatabase, reportSkippedDatabases, uniqueName } from '../support/databases.js'
import { stopTestPayload, usersCollection } from '../support/testPayload.js'

reportSkippedDatabases()

const password = 'correct-horse-battery'
const llm = { baseURL: 'http://127.0.0.1:9/v1', model: 'unused' }

/** Payload's REST handler, in-process, as a logged-in user (an admin of the dev app would be one). */
const rest = async (payload: Payload, key: string, method: string, path: string, token: string) =>
  handleEndpoints({
    config: payload.config,
    payloadInstanceCacheKey: key,
    request: new Request(new URL(`/api${path}`, 'http://localhost:3000'), {
      headers: { Authorization: `JWT ${token}` },
      method,
    }),
  })

const loginAs = async (payload: Payload, email: string) => {
  await payload.create({ collection: 'users', data: { email, password } })
  return (await payload.login({ collection: 'users', data: { email, password } })).token!
}

/** A host collection left without the workaround: what Payload answers on its own. */
const untouched = { slug: 'notes', fields: [{ name: 'text', type: 'text' as const }] }

describe.each(databasesUnderTest())('no 5xx on client mistakes, on %s', (db) => {
  let payload: Payload
  let token: string
  const key = uniqueName('payload')

  beforeAll(async () => {
    // The plugin's own collections get the 404 routes from the plugin itself; the host adds them to
    // its users (as `versionRoutesWithoutVersions()` does for every collection); `notes` is left out.
    const config = await buildConfig({
      admin: { user: 'users' },
      collections: [usersCollection, untouched],
      db: freshDatabase(db),
      plugins: [
        promptKitPlugin({ llm }),
        (incoming) => ({
          ...incoming,
          collections: incoming.collections!.map((c) => (c.slug === usersCollection.slug ? withoutVersionRoutes(c) : c)),
        }),
      ],
      secret: 'test-secret-not-for-production',
      telemetry: false,
      typescript: { autoGenerate: false },
    })
    payload = await getPayload({ config, key } as Parameters<typeof getPayload>[0])
    token = await loginAs(payload, `versions-${db}@example.com`)
  }, 120_000)

  afterAll(() => stopTestPayload(payload))

  it.each(['briefs', 'topical-maps', 'generations', 'users'])('answers 404 on /api/%s/versions (list, one, restore)', async (slug) => {
    for (const [method, path] of [
      ['GET', `/${slug}/versions`],
      ['GET', `/${slug}/versions/1`],
      ['POST', `/${slug}/versions/1`],
    ] as const) {
      const response = await rest(payload, key, method, path, token)
      expect({ path, status: response.status }).toEqual({ path, status: 404 })
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
        `Collection "${slug}" keeps no versions.`,
      )
    }
  })

  it('leaves the version routes of collections with versions to Payload', async () => {
    for (const slug of ['articles', 'prompt-kits']) {
      const response = await rest(payload, key, 'GET', `/${slug}/versions`, token)
      expect({ slug, status: response.status }).toEqual({ slug, status: 200 })
    }
  })

  it("is Payload's doing: without the workaround /versions is a 500 (drop it once this fails)", async () => {
    const response = await rest(payload, key, 'GET', `/${untouched.slug}/versions`, token)
    expect(response.status).toBe(500)
  })

  it('answers malformed GraphQL JSON with 400 through withGraphQLGuards, where Payload fails', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const cache = (globalThis as { _payload?: Map<string, unknown> })._payload!
    const previous = cache.get('default')
    // The route looks Payload up under the default key.
    cache.set('default', cache.get(key))
    const malformed = () =>
      new Request('http://localhost:3000/api/graphql', {
        body: '{"query":',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
    try {
      const route = GRAPHQL_POST(Promise.resolve(payload.config))
      // Payload's route throws (Next.js answers 500 with an empty body) or answers 5xx itself.
      const unwrapped = await route(malformed()).then(
        (response) => response.status,
        () => 500,
      )
      expect(unwrapped).toBeGreaterThanOrEqual(500)

      const wrapped = await withGraphQLGuards(route, payload.config)(malformed())
      expect(wrapped.status).toBe(400)
      expect(await wrapped.json()).toEqual({
        errors: [{ extensions: { statusCode: 400 }, message: 'Request body is not valid JSON.' }],
      })
    } finally {
      if (previous === undefined) cache.delete('default')
      else cache.set('default', previous)
    }
  })
})

describe('versionRoutesWithoutVersions', () => {
  it('adds the 404 routes to every collection without versions, and only to those', async () => {
    const config = versionRoutesWithoutVersions()({
      collections: [{ slug: 'notes', fields: [] }, { slug: 'posts', fields: [], versions: { drafts: true } }],
    } as unknown as Parameters<ReturnType<typeof versionRoutesWithoutVersions>>[0]) as { collections: { endpoints?: { path: string }[]; slug: string }[] }
    expect(config.collections.map((c) => [c.slug, (c.endpoints ?? []).map((e) => e.path)])).toEqual([
      ['notes', ['/versions', '/versions/:id', '/versions/:id']],
      ['posts', []],
    ])
  })
})

describe('withGraphQLGuards', () => {
  it('passes a valid body on to the route, still readable (also through the deprecated withGraphQLJsonCheck)', async () => {
    for (const guard of [withGraphQLGuards, withGraphQLJsonCheck]) {
      const route = guard(async (request: Request) => Response.json({ received: await request.json() }))
      const response = await route(
        new Request('http://localhost:3000/api/graphql', {
          body: JSON.stringify({ query: '{ __typename }' }),
          headers: { 'Content-Type': 'application/json' },
          method: 'POST',
        }),
      )
      expect(await response.json()).toEqual({ received: { query: '{ __typename }' } })
    }
  })
})
