import type { CollectionConfig, Config, Payload, Plugin } from 'payload'

import { buildConfig, getPayload } from 'payload'

import type { PromptKitPluginOptions } from '../../src/types.js'

import { promptKitPlugin } from '../../src/plugin.js'
import { type DatabaseKind, freshDatabase, uniqueName } from './databases.js'

export type TestPayloadOptions = {
  collections?: CollectionConfig[]
  db?: DatabaseKind
  plugin?: PromptKitPluginOptions
  plugins?: Plugin[]
}

export const usersCollection: CollectionConfig = {
  slug: 'users',
  auth: true,
  fields: [{ name: 'name', type: 'text' }],
}

/** The Payload config the integration tests run: the plugin on a fresh database. */
export const testConfig = (options: TestPayloadOptions = {}): Promise<Config> =>
  buildConfig({
    admin: { user: 'users' },
    collections: [usersCollection, ...(options.collections ?? [])],
    db: freshDatabase(options.db ?? 'sqlite'),
    // Refinement rounds off unless a suite asks for them: the other suites count exact LLM calls of a run.
    plugins: [...(options.plugins ?? []), promptKitPlugin({ refine: false, ...(options.plugin ?? {}) })],
    secret: 'test-secret-not-for-production',
    telemetry: false,
    typescript: { autoGenerate: false },
  }) as unknown as Promise<Config>

/** The key each instance was cached under by getPayload; REST calls in-process need it (see rest.ts). */
const cacheKeys = new WeakMap<Payload, string>()

/** Start Payload for one test file; `destroy` closes its database connections so jest can exit. */
export const startTestPayload = async (options: TestPayloadOptions = {}): Promise<Payload> => {
  const config = await testConfig(options)
  const key = uniqueName('payload')
  const payload = await getPayload({ config, key } as Parameters<typeof getPayload>[0])
  cacheKeys.set(payload, key)
  return payload
}

/** Payload for tests that never call the LLM: the plugin is configured with an address nothing listens on. */
export const startTestPayloadWithoutLlm = (db?: DatabaseKind): Promise<Payload> =>
  startTestPayload({ db, plugin: { llm: { baseURL: 'http://127.0.0.1:9/v1', model: 'unused' } } })

/** The cache key `payload` was started under; only instances from startTestPayload have one. */
export const cacheKeyOf = (payload: Payload): string => {
  const key = cacheKeys.get(payload)
  if (!key) throw new Error('this Payload instance was not started with startTestPayload')
  return key
}

/** The parts of a pg-pool `Pool` teardown needs (`_clients`/`_idle` are pg-pool 3 internals). */
type PgPool = {
  _clients?: { release?: () => void }[]
  _idle?: { client: unknown }[]
  end: () => Promise<void>
}

export const stopTestPayload = async (payload: Payload | undefined) => {
  if (!payload) return
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  await payload.destroy()
  if (!pool) return
  // db-postgres leaves its pool open after destroy (stack notes), and its connect() keeps one client
  // checked out for good, so end() would wait forever: release checked-out clients, then end it.
  const idle = new Set((pool._idle ?? []).map((item) => item.client))
  for (const client of pool._clients ?? []) if (!idle.has(client)) client.release?.()
  await pool.end().catch(() => undefined)
}

/** Create a user and return it, for calls made "as" someone. */
export const createUser = (payload: Payload, email = `${uniqueName('u')}@example.com`) =>
  payload.create({ collection: 'users', data: { email, name: 'Test Editor', password: 'correct-horse-battery' } })
