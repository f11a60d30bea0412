import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

/** SQLite always; PostgreSQL and MongoDB when their URLs are set (CI sets PostgreSQL). */
export const databasesUnderTest = (): DatabaseKind[] => {
  const kinds: DatabaseKind[] = ['sqlite']
  if (process.env.DATABASE_URI_POSTGRES) kinds.push('postgres')
  if (process.env.MONGODB_URI) kinds.push('mongodb')
  return kinds
}

/** Printed once per test file so a skipped database is visible in the output. */
export const reportSkippedDatabases = () => {
  const skipped: string[] = []
  if (!process.env.DATABASE_URI_POSTGRES) skipped.push('PostgreSQL (set DATABASE_URI_POSTGRES)')
  if (!process.env.MONGODB_URI) skipped.push('MongoDB (set MONGODB_URI)')
  if (skipped.length) {
    process.stdout.write(`[databases] skipped: ${skipped.join('; ')}\n`)
  }
}

let counter = 0
/** A name unique to this process and call, for a schema, a database or a file. */
export const uniqueName = (prefix: string) =>
  `${prefix}_${process.pid}_${process.env.JEST_WORKER_ID ?? '0'}_${++counter}_${Date.now().toString(36)}`

/** A fresh, empty database of the given kind, isolated from other tests running in parallel. */
export const freshDatabase = (kind: DatabaseKind): DatabaseAdapterObj => {
  const name = uniqueName('pk')
  switch (kind) {
    case 'sqlite': {
      const dir = mkdtempSync(path.join(tmpdir(), 'prompt-kit-'))
      return sqliteAdapter({ client: { url: `file:${path.join(dir, 'test.db')}` } })
    }
    case 'postgres':
      // A schema per test file keeps parallel jest workers apart on one server.
      return postgresAdapter({
        pool: { connectionString: process.env.DATABASE_URI_POSTGRES! },
        schemaName: name,
      })
    case 'mongodb': {
      const url = new URL(process.env.MONGODB_URI!)
      url.pathname = `/${name}`
      return mongooseAdapter({ url: url.toString() })
    }
  }
}
