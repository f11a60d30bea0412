import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const stylesDir = path.join(root, 'src/styles')
const parts = readdirSync(path.join(stylesDir, 'parts')).filter((name) => name.endsWith('.css')).sort()
const css = parts.map((name) => readFileSync(path.join(stylesDir, 'parts', name), 'utf8')).join('\n')

/** `ppk-` classes the components write; the ones that carry no style of their own are listed apart. */
const componentClasses = () => {
  const dir = path.join(root, 'src/frontend')
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith('.tsx'))
    .map((name) => readFileSync(path.join(dir, name), 'utf8'))
  return new Set(sources.flatMap((source) => source.match(/ppk-[a-z0-9-]+/g) ?? []).filter((name) => !name.endsWith('-')))
}
const unstyledOnPurpose = new Set(['ppk-line', 'ppk-figure-img', 'ppk-figure-caption', 'ppk-figure-planned'])

describe('stylesheet', () => {
  it('ppk.css imports every part, in the order the build concatenates them', () => {
    const imports = [...readFileSync(path.join(stylesDir, 'ppk.css'), 'utf8').matchAll(/@import '\.\/parts\/([^']+)';/g)].map((m) => m[1])
    expect(imports).toEqual(parts)
  })

  it('styles every ppk- class the components render', () => {
    const missing = [...componentClasses()].filter((name) => !unstyledOnPurpose.has(name) && !css.includes(`.${name}`))
    expect(missing).toEqual([])
  })

  it('uses no web fonts or remote URLs, only prefixed classes and custom properties', () => {
    expect(css).not.toMatch(/@font-face|@import|url\(/)
    const rules = css.replace(/\/\*[\s\S]*?\*\//g, '')
    const classes = new Set([...rules.matchAll(/\.([a-z][a-z0-9-]*)/gi)].map((m) => m[1]!).filter((name) => !/^\d/.test(name)))
    const foreign = [...classes].filter((name) => !name.startsWith('ppk-') && !name.startsWith('eeat-'))
    expect(foreign).toEqual([])
    const properties = new Set([...rules.matchAll(/(--[a-z][a-z0-9-]*)\s*:/gi)].map((m) => m[1]!))
    expect([...properties].filter((name) => !name.startsWith('--ppk-'))).toEqual([])
  })

  it('has a dark scheme for every colour variable', () => {
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)')
    const names = (text: string) => new Set([...text.matchAll(/(--ppk-(?:bg|fg|muted|border|surface|accent|accent-hover|mark|code-bg|code-fg|tok-[a-z]+))\s*:/g)].map((m) => m[1]))
    expect([...names(dark!)].sort()).toEqual([...names(light!)].sort())
    expect(names(dark!).size).toBeGreaterThan(15)
  })
})
