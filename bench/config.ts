import type { Config, DatabaseAdapterObj } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig } from 'payload'

import type { LlmRateLimits } from '../src/llm/rateLimit/options.js'

import { promptKitPlugin } from '../src/plugin.js'
import { FAKE_MODEL, FAKE_PRICING } from '../tests/support/pipelineFixtures.js'
import { usersCollection } from '../tests/support/testPayload.js'

export type BenchDatabase = { kind: 'postgres'; schema: string; uri: string } | { kind: 'sqlite'; file: string }

export type BenchConfigArgs = {
  baseURL: string
  /** Phases of one article that may call the LLM at once (`pipeline.concurrency`). */
  concurrency: number
  db: BenchDatabase
  /** Create/alter tables on start. Workers joining a database the bench created pass false. */
  push?: boolean
  /** `llm.rateLimits` (the bulk part). */
  rateLimits?: LlmRateLimits
}

// SQLite in WAL mode with synchronous=NORMAL, as a server should run it: in the default rollback
// journal every commit waits for several fsyncs on the event loop (~30 ms more per phase here).
const adapter = (db: BenchDatabase, push: boolean): DatabaseAdapterObj =>
  db.kind === 'sqlite'
    ? sqliteAdapter({ client: { url: `file:${db.file}` }, push, wal: { synchronous: 'NORMAL' } })
    : postgresAdapter({ pool: { connectionString: db.uri }, push, schemaName: db.schema })

/** The config every bench process runs: the tests' users collection and the plugin against the fake LLM. */
export const benchConfig = ({ baseURL, concurrency, db, push = true, rateLimits }: BenchConfigArgs) =>
  buildConfig({
    admin: { user: 'users' },
    collections: [usersCollection],
    db: adapter(db, push),
    // Quiet: the bench prints its own numbers.
    logger: { options: { level: 'error' } },
    plugins: [
      promptKitPlugin({
        llm: { apiKey: 'bench-key', baseURL, model: FAKE_MODEL, pricing: FAKE_PRICING, rateLimits, timeoutMs: 60_000 },
        pipeline: { concurrency },
        // The bench measures the run itself; refinement rounds would add calls that depend on the fake's answers.
        refine: false,
      }),
    ],
    secret: 'bench-secret-not-for-production',
    telemetry: false,
    typescript: { autoGenerate: false },
  } satisfies Config)
