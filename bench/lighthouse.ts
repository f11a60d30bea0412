/**
 * `npm run lighthouse [-- --runs 3]` (after `npm run dev:build`; in the shared tree inside the e2e lock:
 * `flock /tmp/e2e.lock sh -c 'npm run dev:build && npm run lighthouse'`)
 *
 * Lighthouse on the built dev site: `next start dev` on a fresh SQLite file, the seeded CI-vs-CD
 * article published with its author, site settings and a figure (see lighthouseSite.ts), then the
 * index and the article measured with Lighthouse's default (mobile: Moto G Power, slow 4G and 4×
 * CPU, simulated) and desktop configs in Debian's Chromium (CHROMIUM_PATH, else /usr/bin/chromium).
 * Prints the four category scores per page and form factor (the median of `--runs` runs), the
 * metrics and every audit that did not pass, and writes the median reports as JSON to
 * test-results/lighthouse/. A measurement: it asserts nothing and is not part of `npm test` or CI
 * (slow, and the performance score moves with the machine's load).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { FormFactor } from './lighthouseRun.js'

import { repoRoot } from '../tests/e2e/support/nextServer.js'
import { categories, failedAudits, launchChrome, measure, metricsLine, scoreOf } from './lighthouseRun.js'
import { startLighthouseSite } from './lighthouseSite.js'

const out = (line = '') => process.stdout.write(`${line}\n`)
const reportDir = path.join(repoRoot, 'test-results', 'lighthouse')

const main = async (): Promise<number> => {
  const { values } = parseArgs({ options: { runs: { default: '3', type: 'string' } } })
  const runs = Math.max(1, Number(values.runs))
  const site = await startLighthouseSite()
  const chrome = await launchChrome()
  try {
    const rows: string[] = []
    const costly: string[] = []
    const unweighted: string[] = []
    let about = ''
    mkdirSync(reportDir, { recursive: true })
    for (const pathname of site.paths) {
      for (const formFactor of ['mobile', 'desktop'] as FormFactor[]) {
        const lhr = await measure(chrome, `${site.baseUrl}${pathname}`, formFactor, runs)
        about ||= `Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}`
        const page = pathname === '/' ? 'index' : 'article'
        writeFileSync(path.join(reportDir, `${page}-${formFactor}.json`), JSON.stringify(lhr))
        const scores = categories.map((category) =>
          scoreOf(lhr, category).toFixed(2).padStart(category.length),
        )
        rows.push(`${page.padEnd(8)} ${formFactor.padEnd(8)} ${scores.join('  ')}   ${metricsLine(lhr)}`)
        for (const audit of failedAudits(lhr)) {
          const value = audit.displayValue ? ` (${audit.displayValue})` : ''
          const line = `${page} ${formFactor} ${audit.category}: ${audit.id} — ${audit.title}${value}; score ${audit.score.toFixed(2)}`
          if (audit.weight > 0) costly.push(`${line}, weight ${audit.weight}`)
          else unweighted.push(line)
        }
      }
    }
    out(`${about} on the built dev site (next start, SQLite), median of ${runs} run(s) per row`)
    out()
    out(`page     form     ${categories.join('  ')}   metrics`)
    for (const row of rows) out(row)
    out()
    out(
      costly.length
        ? 'audits that cost points (weight in their category):'
        : 'no audit that carries weight failed',
    )
    for (const line of costly) out(`  ${line}`)
    out()
    out(
      unweighted.length
        ? 'diagnostics and opportunities not passed (weight 0: no score moves with them):'
        : 'no diagnostic or opportunity flagged',
    )
    for (const line of unweighted) out(`  ${line}`)
    out()
    out(`reports: ${path.relative(repoRoot, reportDir)}/*.json`)
    out(`reproduce: npm run dev:build && npm run lighthouse -- --runs ${runs}`)
    return 0
  } finally {
    chrome.kill()
    await site.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `lighthouse: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exit(1)
  },
)
