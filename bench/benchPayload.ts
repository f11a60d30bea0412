import type { Payload } from 'payload'

import type { LlmRateLimits } from '../src/llm/rateLimit/options.js'

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { type BenchDatabase, benchConfig } from './config.js'
import { sleep } from './stats.js'

let counter = 0

/** A fresh, empty database: a temporary SQLite file or a new PostgreSQL schema. */
export const freshBenchDatabase = (kind: 'postgres' | 'sqlite'): BenchDatabase => {
  const name = `bench_${process.pid}_${++counter}`
  if (kind === 'sqlite') return { file: path.join(mkdtempSync(path.join(tmpdir(), 'prompt-kit-bench-')), 'bench.db'), kind }
  return { kind, schema: name, uri: process.env.DATABASE_URI_POSTGRES! }
}

// drizzle skips the schema push when the schema equals the last one pushed in this process, even
// into a different, empty database; every bench database is fresh, so always push.
process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'

export const startBenchPayload = async (db: BenchDatabase, baseURL: string, concurrency: number, rateLimits?: LlmRateLimits): Promise<Payload> =>
  getPayload({ config: benchConfig({ baseURL, concurrency, db, rateLimits }), key: `bench-${++counter}` } as Parameters<typeof getPayload>[0])

/** Stop Payload, drop the bench's PostgreSQL schema and end the pool (db-postgres leaves it open). */
export const stopBenchPayload = async (payload: Payload, db: BenchDatabase) => {
  const pool = (payload.db as unknown as { pool?: { end: () => Promise<void>; query: (sql: string) => Promise<unknown> } }).pool
  if (db.kind === 'postgres' && pool) await pool.query(`DROP SCHEMA IF EXISTS "${db.schema}" CASCADE`).catch(() => undefined)
  await payload.destroy()
  // pool.end() waits for a client db-postgres never releases; don't wait long (the bench exits anyway).
  if (pool) await Promise.race([pool.end().catch(() => undefined), sleep(1000)])
}
