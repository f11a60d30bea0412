import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'

import { migrations as postgresMigrations } from './migrations/postgres/index.js'
import { migrations as sqliteMigrations } from './migrations/sqlite/index.js'

export type DevDatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

/** The default SQLite file lives next to this config, whatever the current directory is. */
const defaultSqliteFile = (devDir: string) => path.join(devDir, 'prompt-kit.db')

/**
 * Turn a `file:` URL into an absolute one. Relative paths are taken from the repository root
 * (the dev folder's parent), so `file:./dev/prompt-kit.db` means the same file from any cwd.
 */
export const resolveSqliteUrl = (uri: string | undefined, devDir: string): string => {
  if (!uri) return `file:${defaultSqliteFile(devDir)}`
  if (uri === ':memory:' || uri === 'file::memory:') return ':memory:'
  const filePath = uri.replace(/^file:(\/\/(?=\/))?/, '')
  return `file:${path.resolve(devDir, '..', filePath)}`
}

/** Which adapter `DATABASE_URI` asks for; throws on a scheme we do not know. */
export const databaseKind = (uri: string | undefined): DevDatabaseKind => {
  if (!uri || uri.startsWith('file:') || uri === ':memory:') return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(
    `dev: DATABASE_URI must start with file:, postgres://, postgresql://, mongodb:// or mongodb+srv:// (got "${uri.split(':')[0]}:…"); unset it to use SQLite at dev/prompt-kit.db`,
  )
}

/**
 * `npm run dev`, `npm run generate` and `npm run worker` open the same SQLite file. In the default
 * rollback-journal mode a writer locks readers out, and without a busy timeout a connection that
 * meets a lock fails at once with `database is locked`. WAL lets readers run beside the one writer,
 * and the timeout makes a writer wait its turn. synchronous=NORMAL is safe in WAL mode (a power cut
 * can lose the last commits, never corrupt the file). An in-memory database has no second process.
 */
export const devSqliteConcurrency = {
  busyTimeout: 10_000,
  wal: { synchronous: 'NORMAL' },
} as const

/**
 * The database adapter for `DATABASE_URI`: unset or `file:` → SQLite, `postgres(ql)://` →
 * Postgres, `mongodb(+srv)://` → MongoDB. Migrations are committed per dialect because SQL
 * differs; `next start` (NODE_ENV=production) applies the missing ones as it boots, so a fresh
 * production database needs no CLI step (`next dev` pushes the schema instead).
 */
export const devDatabase = (uri: string | undefined, devDir: string): DatabaseAdapterObj => {
  const kind = databaseKind(uri)
  const migrationDir = path.join(devDir, 'migrations', kind)
  switch (kind) {
    case 'mongodb':
      return mongooseAdapter({ migrationDir, url: uri as string })
    case 'postgres':
      return postgresAdapter({
        migrationDir,
        pool: { connectionString: uri },
        prodMigrations: postgresMigrations,
      })
    case 'sqlite': {
      const url = resolveSqliteUrl(uri, devDir)
      return sqliteAdapter({
        client: { url },
        migrationDir,
        prodMigrations: sqliteMigrations,
        ...(url === ':memory:' ? {} : devSqliteConcurrency),
      })
    }
  }
}
