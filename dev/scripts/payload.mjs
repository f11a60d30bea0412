#!/usr/bin/env node
/**
 * `npm run dev:payload -- <command>`: the payload CLI against dev/payload.config.ts, with the same
 * env files as `next dev dev` (dev/.env*; the CLI alone reads only the cwd's), retried when it
 * stops early (see payload-cli-guard.mjs), so a command such as `dev:migrate:create` cannot silently do nothing.
 */
import nextEnv from '@next/env'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { findPackageDir } from './findPackageDir.mjs'
import { STOPPED_EARLY } from './payload-cli-guard.mjs'

const scriptsDir = path.dirname(fileURLToPath(import.meta.url))
const devDir = path.resolve(scriptsDir, '..')
const payloadDir = findPackageDir('payload', devDir)
if (!payloadDir) throw new Error('dev: payload is not installed; run npm install')
const payloadBin = path.join(payloadDir, 'bin.js')
const guard = pathToFileURL(path.join(scriptsDir, 'payload-cli-guard.mjs')).href
nextEnv.loadEnvConfig(devDir, process.env.NODE_ENV !== 'production')
const env = { ...process.env, PAYLOAD_CONFIG_PATH: process.env.PAYLOAD_CONFIG_PATH ?? path.join(devDir, 'payload.config.ts') }
const attempts = 3

for (let attempt = 1; attempt <= attempts; attempt++) {
  const { error, signal, status } = spawnSync(process.execPath, ['--import', guard, payloadBin, ...process.argv.slice(2)], {
    env,
    stdio: 'inherit',
  })
  if (error) throw error
  if (signal) process.kill(process.pid, signal)
  if (status !== STOPPED_EARLY) process.exit(status ?? 1)
  if (attempt < attempts) console.error(`dev: retrying payload ${process.argv[2] ?? ''} (attempt ${attempt + 1} of ${attempts})`)
}
console.error(
  `dev: payload ${process.argv[2] ?? ''} stopped early ${attempts} times; if it asked a question, run it in a terminal (or use a fresh database)`,
)
process.exit(1)
