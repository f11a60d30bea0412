import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** Every entry point `lexical` and the `@lexical/*` packages export, e.g. `@lexical/html`. */
export const lexicalEntryPoints = (): string[] => {
  let root: string
  try {
    // lexical's `exports` does not list package.json: resolve its entry (dist/Lexical.js) instead.
    root = path.resolve(path.dirname(createRequire(import.meta.url).resolve('lexical')), '..', '..')
  } catch (err) {
    if ((err as { code?: string }).code === 'MODULE_NOT_FOUND') return [] // no Lexical installed: nothing to preload
    throw err
  }
  const scoped = path.join(root, '@lexical')
  const packages = ['lexical', ...readdirSync(scoped).map((name) => `@lexical/${name}`)]
  return packages.flatMap((name) => {
    const { exports } = JSON.parse(readFileSync(path.join(root, name, 'package.json'), 'utf8')) as { exports?: Record<string, unknown> }
    return Object.keys(exports ?? { '.': true })
      .filter((key) => key.startsWith('.') && !key.includes('*') && !key.endsWith('.json'))
      .map((key) => (key === '.' ? name : `${name}/${key.slice(2)}`))
  })
}

/**
 * Import every Lexical entry point, one at a time. Their Node builds use top-level await
 * (`await import('./X.dev.mjs')`), and on Node 20 a graph that reaches many of them at once (any
 * Payload config with `@payloadcms/richtext-lexical`) deadlocks the ESM loader in a good share of
 * processes: the import never settles, Node exits (0 or 13) with no output and nothing done.
 * Evaluated one by one beforehand they are settled when the config's graph reaches them: measured
 * with `tsx scripts/generate.ts` loading the dev config, 0 stalls in 32 starts against 13 in 32
 * without. Should one still happen, startScript starts again.
 */
export const preloadLexical = async (): Promise<void> => {
  for (const entry of lexicalEntryPoints()) await import(entry).catch(() => undefined)
}
