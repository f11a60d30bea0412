#!/usr/bin/env node
/**
 * Copy `monaco-editor/min/vs` to `dev/public/monaco/vs`, where MonacoSelfHost points Payload's
 * code and JSON fields, so the admin never fetches Monaco from a CDN. Runs before `dev` and
 * `dev:build`; skips the copy when the installed version is already there.
 */
import { existsSync } from 'node:fs'
import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { findPackageDir } from './findPackageDir.mjs'

const devDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const target = path.join(devDir, 'public', 'monaco', 'vs')
const stamp = path.join(devDir, 'public', 'monaco', 'VERSION')

const monacoDir = findPackageDir('monaco-editor', devDir)
if (!monacoDir) {
  console.warn(
    'copy-monaco: monaco-editor is not installed; code and JSON fields in the admin will stay blank offline. Install it (see dev/README.md) and rerun.',
  )
  process.exit(process.argv.includes('--strict') ? 1 : 0)
}

const { version } = JSON.parse(await readFile(path.join(monacoDir, 'package.json'), 'utf8'))
const current = existsSync(stamp) ? (await readFile(stamp, 'utf8')).trim() : null
if (current === version && existsSync(path.join(target, 'loader.js'))) {
  console.log(`copy-monaco: monaco-editor ${version} already in dev/public/monaco/vs`)
  process.exit(0)
}

await rm(target, { force: true, recursive: true })
await cp(path.join(monacoDir, 'min', 'vs'), target, { recursive: true })
await writeFile(stamp, `${version}\n`)
console.log(`copy-monaco: copied monaco-editor ${version} to dev/public/monaco/vs`)
