import type { Config, DatabaseAdapterObj, Payload } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload } from 'payload'

import type { LlmRateLimits } from '../../src/llm/rateLimit/options.js'
import type { PipelineOptions } from '../../src/types.js'

import { promptKitPlugin } from '../../src/plugin.js'
import { uniqueName } from './databases.js'
import { FAKE_MODEL, FAKE_PRICING, SECRET_API_KEY } from './pipelineFixtures.js'
import { usersCollection } from './testPayload.js'

/** A database a test and its worker processes share (MongoDB is not run in worker processes). */
export type WorkerDatabase = { file: string; kind: 'sqlite' } | { kind: 'postgres'; schema: string; uri: string }

export type WorkerLeaseOptions = Pick<PipelineOptions, 'dbOutageMaxWaitMs' | 'heartbeatMs' | 'leaseMs'>

/** Everything a worker process needs to join a test: its database, the fake LLM and the lease options (and LLM rate limits). */
export type WorkerSetup = { baseURL: string; db: WorkerDatabase; pipeline: WorkerLeaseOptions; rateLimits?: LlmRateLimits }

const ENV_KEY = 'PROMPT_KIT_WORKER_SETUP'

/** A fresh database of `kind` for one test file. */
export const workerDatabase = (kind: 'postgres' | 'sqlite'): WorkerDatabase =>
  kind === 'sqlite'
    ? { file: path.join(mkdtempSync(path.join(tmpdir(), 'prompt-kit-worker-')), 'test.db'), kind }
    : { kind, schema: uniqueName('pkw'), uri: process.env.DATABASE_URI_POSTGRES! }

// Two processes write one SQLite file: WAL, and wait for the other's write lock instead of failing.
const adapter = (db: WorkerDatabase, push: boolean): DatabaseAdapterObj =>
  db.kind === 'sqlite'
    ? sqliteAdapter({ busyTimeout: 10_000, client: { url: `file:${db.file}` }, push, wal: true })
    : postgresAdapter({ pool: { connectionString: db.uri }, push, schemaName: db.schema })

/**
 * The config the test and its worker processes run: the same schema (the tests' users and the
 * plugin on the fake LLM), so workers join the test's database. Only the test creates the tables.
 */
export const workerTestConfig = (setup: WorkerSetup, { push }: { push: boolean }) =>
  buildConfig({
    admin: { user: 'users' },
    collections: [usersCollection],
    db: adapter(setup.db, push),
    plugins: [
      promptKitPlugin({
        // A generous timeout: on a busy machine a short one makes the SDK retry, and call counts drift.
        llm: { apiKey: SECRET_API_KEY, baseURL: setup.baseURL, model: FAKE_MODEL, pricing: FAKE_PRICING, rateLimits: setup.rateLimits, timeoutMs: 30_000 },
        pipeline: setup.pipeline,
        // Runs only: the worker suites count the LLM calls of one run.
        refine: false,
      }),
    ],
    secret: 'test-secret-not-for-production',
    telemetry: false,
    typescript: { autoGenerate: false },
  } satisfies Config)

/** The test's own Payload on the shared database (it creates the tables). */
export const startWorkerTestPayload = async (setup: WorkerSetup): Promise<Payload> =>
  getPayload({ config: workerTestConfig(setup, { push: true }), key: uniqueName('payload') } as Parameters<typeof getPayload>[0])

/** Environment for a worker process: see tests/support/workerConfig.ts. */
export const workerEnv = (setup: WorkerSetup): Record<string, string> => ({
  [ENV_KEY]: JSON.stringify(setup),
  PAYLOAD_CONFIG_PATH: 'tests/support/workerConfig.ts',
})

/** In a worker process: the setup its test passed in the environment. */
export const workerSetupFromEnv = (): WorkerSetup => {
  const value = process.env[ENV_KEY]
  if (!value) throw new Error(`tests/support/workerConfig.ts: ${ENV_KEY} is not set (the worker tests set it for their worker processes)`)
  return JSON.parse(value) as WorkerSetup
}
