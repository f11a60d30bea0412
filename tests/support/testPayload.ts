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
    plugins: [...(options.plugins ?? []), promptKitPlugin(options.plugin ?? {})],
    secret: 'test-secret-not-for-production',
    telemetry: false,
    typescript: { autoGenerate: false },
  }) as unknown as Promise<Config>

/** Start Payload for one test file; `destroy` closes its database connections so jest can exit. */
export const startTestPayload = async (options: TestPayloadOptions = {}): Promise<Payload> => {
  const config = await testConfig(options)
  return getPayload({ config, key: uniqueName('payload') } as Parameters<typeof getPayload>[0])
}

export const stopTestPayload = async (payload: Payload | undefined) => {
  if (!payload) return
  const pool = (payload.db as unknown as { pool?: { end: () => Promise<void> } }).pool
  await payload.destroy()
  // db-postgres leaves its pool open after destroy (stack notes); end it so the process exits.
  if (pool) await pool.end().catch(() => undefined)
}

/** Create a user and return it, for calls made "as" someone. */
export const createUser = (payload: Payload, email = `${uniqueName('u')}@example.com`) =>
  payload.create({ collection: 'users', data: { email, name: 'Test Editor', password: 'correct-horse-battery' } })
