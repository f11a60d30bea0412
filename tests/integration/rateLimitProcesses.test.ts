/**
 * The rate-limit counter as two app processes share it: two Payload instances, each with its own
 * connections, on one database (the SQLite file in WAL mode with a busy timeout, as the dev app
 * opens it; one PostgreSQL schema). Calls go through `countCall` with explicit times so the test
 * decides which window each call falls in.
 */
import type { DatabaseAdapterObj, Payload } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload } from 'payload'

import { devSqliteConcurrency } from '../../dev/database.js'
import { promptKitPlugin } from '../../src/plugin.js'
import { countCall } from '../../src/rateLimit/countCall.js'
import { type DatabaseKind, databasesUnderTest, reportSkippedDatabases, uniqueName } from '../support/databases.js'
import { stopTestPayload, usersCollection } from '../support/testPayload.js'

reportSkippedDatabases()

const WINDOW_MS = 60_000
const LIMIT = { max: 7, windowMs: WINDOW_MS }
// The middle of a window, far from its edges.
const IN_WINDOW = 1_000 * WINDOW_MS + WINDOW_MS / 2

/** One adapter factory per database kind, every call opening the same database. */
const sharedDatabase = (kind: DatabaseKind): (() => DatabaseAdapterObj) => {
  if (kind === 'postgres') {
    const schemaName = uniqueName('pk_rl')
    return () => postgresAdapter({ pool: { connectionString: process.env.DATABASE_URI_POSTGRES! }, schemaName })
  }
  const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'prompt-kit-rl-')), 'shared.db')}`
  return () => sqliteAdapter({ client: { url }, ...devSqliteConcurrency })
}

const startInstance = async (db: DatabaseAdapterObj): Promise<Payload> => {
  const config = await buildConfig({
    admin: { user: 'users' },
    collections: [usersCollection],
    db,
    plugins: [promptKitPlugin({ llm: { baseURL: 'http://127.0.0.1:9/v1', model: 'unused' }, seedDefaultKit: false })],
    secret: 'test-secret-not-for-production',
    telemetry: false,
    typescript: { autoGenerate: false },
  })
  return getPayload({ config, key: uniqueName('payload') } as Parameters<typeof getPayload>[0])
}

const allowedCount = (results: { allowed: boolean }[]) => results.filter((result) => result.allowed).length

describe.each(databasesUnderTest().filter((kind) => kind !== 'mongodb'))('rate-limit counter shared by two processes on %s', (kind) => {
  let first: Payload
  let second: Payload
  beforeAll(async () => {
    const database = sharedDatabase(kind)
    first = await startInstance(database())
    second = await startInstance(database())
  })
  afterAll(async () => {
    await stopTestPayload(first)
    await stopTestPayload(second)
  })

  /** `calls` calls at once, alternating between the two instances. */
  const burst = (key: string, calls: number, now: number) =>
    Promise.all(Array.from({ length: calls }, (_, i) => countCall(i % 2 ? second : first, key, LIMIT, now)))

  it('lets exactly the limit through when both send at once on a key nobody has used', async () => {
    const results = await burst('generate:users:burst', 20, IN_WINDOW)
    expect(allowedCount(results)).toBe(LIMIT.max)
    const refused = results.find((result) => !result.allowed)
    expect(refused).toEqual({ allowed: false, retryAfterMs: WINDOW_MS / 2 })
  })

  it('starts the next window once: exactly the limit again when both send at once after the window ended', async () => {
    const key = 'preview:users:windows'
    expect(allowedCount(await burst(key, 10, IN_WINDOW))).toBe(LIMIT.max)
    expect(allowedCount(await burst(key, 20, IN_WINDOW + WINDOW_MS))).toBe(LIMIT.max)
    // A call timed in the old window (a slow clock) counts into the newer one, which is full.
    expect(await countCall(first, key, LIMIT, IN_WINDOW)).toEqual({ allowed: false, retryAfterMs: WINDOW_MS * 1.5 })
  })

  it('keeps users apart: one user at the limit does not count against another', async () => {
    expect(allowedCount(await burst('import:users:a', 9, IN_WINDOW))).toBe(LIMIT.max)
    expect(allowedCount(await burst('import:users:b', 3, IN_WINDOW))).toBe(3)
  })
})
