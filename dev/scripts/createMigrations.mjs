#!/usr/bin/env node
/**
 * `npm run dev:migrate:create -- <name>`: after a schema change (the plugin's or the dev app's),
 * write the SQLite and PostgreSQL migrations that `next start` applies on boot
 * (dev/migrations/<dialect>/). Neither needs a database: each migration is the difference between
 * the config and the dialect's newest snapshot. tests/integration/devApp.test.ts fails until they
 * are written and committed.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const scriptsDir = path.dirname(fileURLToPath(import.meta.url))
const name = process.argv[2] ?? 'schema'
// migrate:create never connects, so these only choose the adapter (see dev/database.ts).
const dialects = { postgres: 'postgres://127.0.0.1:1/not-connected', sqlite: 'file::memory:' }

for (const [dialect, uri] of Object.entries(dialects)) {
  const { status } = spawnSync(process.execPath, [path.join(scriptsDir, 'payload.mjs'), 'migrate:create', name, '--skip-empty'], {
    env: { ...process.env, DATABASE_URI: uri },
    stdio: 'inherit',
  })
  if (status !== 0) process.exit(status ?? 1)
  // Payload writes extensionless imports into the index; the dev app's tsconfig (NodeNext) needs `.js`.
  const index = path.join(scriptsDir, '..', 'migrations', dialect, 'index.ts')
  writeFileSync(index, readFileSync(index, 'utf8').replace(/from '\.\/([\w-]+)';?$/gm, "from './$1.js'"))
}
