import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * The installed folder of a package as Node would find it from `fromDir`, or undefined. Works for
 * packages whose `exports` hide package.json (payload, monaco-editor), unlike require.resolve.
 */
export const findPackageDir = (name, fromDir) =>
  (createRequire(path.join(fromDir, 'noop.js')).resolve.paths(name) ?? [])
    .map((dir) => path.join(dir, name))
    .find((dir) => existsSync(path.join(dir, 'package.json')))
