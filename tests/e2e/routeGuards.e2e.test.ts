/**
 * Payload's own GraphQL and REST routes under `next start`, wrapped as the dev app wraps them
 * (withGraphQLGuards, withMethodOverrideGuard): body limits, malformed JSON, and GraphQL refusals
 * logged at info, not as errors.
 */
import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { NextServer } from './support/nextServer.js'

import { ensureBuilt, startNextServer } from './support/nextServer.js'

const run = randomUUID().slice(0, 8)
const dbFile = path.join(os.tmpdir(), `prompt-kit-e2e-guards-${run}.db`)
const env = { DATABASE_URI: `file:${dbFile}`, PAYLOAD_SECRET: `e2e-secret-${run}-${randomUUID()}` }
/** Past the dev app's `limits.maxBodyBytes` (the 1 MB default). */
const overLimit = 2 * 1024 * 1024 + 10

let server: NextServer | undefined

// Anonymous throughout: nothing here needs a user (or a table), so no migration state matters.
beforeAll(async () => {
  ensureBuilt()
  server = await startNextServer(env)
}, 900_000)

afterAll(async () => {
  await server?.stop()
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true })
}, 60_000)

const post = (pathname: string, body: string, headers: Record<string, string>) =>
  fetch(`${server!.baseUrl}${pathname}`, { body, headers, method: 'POST' })

describe('GraphQL route', () => {
  const json = { 'Content-Type': 'application/json' }

  it('answers a body over limits.maxBodyBytes with 413, and malformed JSON with 400', async () => {
    const large = await post(
      '/api/graphql',
      JSON.stringify({ query: `{ __typename }#${'x'.repeat(overLimit)}` }),
      json,
    )
    expect(large.status).toBe(413)
    expect(((await large.json()) as { errors: { extensions: unknown }[] }).errors[0]!.extensions).toEqual({
      statusCode: 413,
    })
    expect((await post('/api/graphql', '{"query":', json)).status).toBe(400)
  })

  it('answers a query within the limit', async () => {
    const response = await post('/api/graphql', JSON.stringify({ query: '{ __typename }' }), json)
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } })
  })

  it('logs a refusal at info on one line, not as an error with a stack', async () => {
    const forbidden = await post('/api/graphql', JSON.stringify({ query: '{ Users { docs { id } } }' }), json)
    expect(
      ((await forbidden.json()) as { errors: { extensions: { statusCode: number } }[] }).errors[0]!.extensions
        .statusCode,
    ).toBe(403)
    const lines = server!
      .logs()
      .split('\n')
      .filter((line) => line.includes('GraphQL Users'))
    expect(lines).toEqual([
      expect.stringMatching(/INFO.*GraphQL Users answered 403: You are not allowed to perform this action\./),
    ])
    expect(server!.logs()).not.toMatch(/ERROR.*You are not allowed to perform this action/)
  })

  it("logs Payload's own REST refusals at info too: the production build keeps the error class names loggingLevels matches", async () => {
    const before = server!.logs().length
    expect((await fetch(`${server!.baseUrl}/api/users`)).status).toBe(403)
    const logged = server!.logs().slice(before)
    expect(logged).toMatch(/INFO.*You are not allowed to perform this action/)
    expect(logged).not.toMatch(/ERROR/)
  })
})

describe('REST route with X-HTTP-Method-Override: GET', () => {
  const override = { 'Content-Type': 'application/json', 'X-HTTP-Method-Override': 'GET' }

  it('answers a body over limits.maxBodyBytes with 413, and malformed JSON with 400', async () => {
    const large = await post(
      '/api/users/me',
      JSON.stringify({ where: { title: { equals: 'x'.repeat(overLimit) } } }),
      override,
    )
    expect(large.status).toBe(413)
    expect(((await large.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /option `limits.maxBodyBytes`/,
    )
    expect((await post('/api/users/me', '{"where":', override)).status).toBe(400)
  })

  it('still serves a request within the limit as a GET (the admin sends long relationship queries this way)', async () => {
    // `/api/users/me` has no POST route: a 200 means Payload routed it as the GET.
    const response = await post('/api/users/me', 'depth=0', {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-HTTP-Method-Override': 'GET',
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { user: unknown }).user).toBeNull()
  })
})
