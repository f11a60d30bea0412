import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** Every entry point `lexical` and the `@lexical/*` packages export, e.g. `@lexical/html`. */
const lexicalEntryPoints = (): string[] => {
  let root: string
  try {
    root = path.dirname(path.dirname(createRequire(import.meta.url).resolve('lexical/package.json')))
  } catch {
    return [] // no Lexical installed: nothing to preload
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
 * Evaluated one by one beforehand they are settled when the config's graph reaches them: with
 * plain Node, 8/8 clean imports of richtext-lexical against 2/12 without. Under tsx stalls still
 * happen now and then (its loader thread), which startScript handles by starting again.
 */
export const preloadLexical = async (): Promise<void> => {
  for (const entry of lexicalEntryPoints()) await import(entry).catch(() => undefined)
}
