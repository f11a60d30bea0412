/**
 * `npm run lighthouse [-- --runs 3]` (after `npm run dev:build`; in the shared tree inside the e2e lock:
 * `flock /tmp/e2e.lock sh -c 'npm run dev:build && npm run lighthouse'`)
 *
 * Lighthouse on the built dev site: `next start dev` on a fresh SQLite file, the seeded CI-vs-CD
 * article published with its author, site settings and a figure (see lighthouseSite.ts), then the
 * index and the article measured with Lighthouse's default (mobile: Moto G Power, slow 4G and 4×
 * CPU, simulated) and desktop configs in Debian's Chromium (CHROMIUM_PATH, else /usr/bin/chromium),
 * and with the mobile config once more in dark mode (the stylesheet's dark theme: its contrast).
 * Prints the four category scores per page and form factor (the median of `--runs` runs), the
 * metrics and every audit that did not pass, and writes the median reports as JSON to
 * test-results/lighthouse/. A measurement: it asserts nothing and is not part of `npm test` or CI
 * (slow, and the performance score moves with the machine's load).
 */
import type { LaunchedChrome } from 'chrome-launcher'
import type { Result } from 'lighthouse'

import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { FormFactor } from './lighthouseRun.js'

import { repoRoot } from '../tests/e2e/support/nextServer.js'
import { categories, failedAudits, launchChrome, measure, metricsLine, scoreOf } from './lighthouseRun.js'
import { startLighthouseSite } from './lighthouseSite.js'

const out = (line = '') => process.stdout.write(`${line}\n`)
const reportDir = path.join(repoRoot, 'test-results', 'lighthouse')

type Variant = { dark: boolean; formFactor: FormFactor; name: string }
const variants: Variant[] = [
  { dark: false, formFactor: 'mobile', name: 'mobile' },
  { dark: false, formFactor: 'desktop', name: 'desktop' },
  { dark: true, formFactor: 'mobile', name: 'dark' },
]

type Findings = { costly: string[]; rows: string[]; unweighted: string[] }

/** One row of the table and the audits that did not pass, for one page measured one way. */
const record = (findings: Findings, lhr: Result, label: string) => {
  const scores = categories.map((category) => scoreOf(lhr, category).toFixed(2).padStart(category.length))
  findings.rows.push(`${label.padEnd(16)} ${scores.join('  ')}   ${metricsLine(lhr)}`)
  for (const audit of failedAudits(lhr)) {
    const value = audit.displayValue ? ` (${audit.displayValue})` : ''
    const line = `${label} ${audit.category}: ${audit.id} — ${audit.title}${value}; score ${audit.score.toFixed(2)}`
    if (audit.weight > 0) findings.costly.push(`${line}, weight ${audit.weight}`)
    else findings.unweighted.push(line)
  }
}

const print = (findings: Findings, about: string, runs: number) => {
  out(`${about} on the built dev site (next start, SQLite), median of ${runs} run(s) per row`)
  out()
  out(`page     form    ${categories.join('  ')}   metrics`)
  for (const row of findings.rows) out(row)
  out()
  out(
    findings.costly.length
      ? 'audits that cost points (weight in their category):'
      : 'no audit that carries weight failed',
  )
  for (const line of findings.costly) out(`  ${line}`)
  out()
  out(
    findings.unweighted.length
      ? 'diagnostics and opportunities not passed (weight 0: no score moves with them):'
      : 'no diagnostic or opportunity flagged',
  )
  for (const line of findings.unweighted) out(`  ${line}`)
  out()
  out(`reports: ${path.relative(repoRoot, reportDir)}/<page>-<form>.json`)
  out(`reproduce: npm run dev:build && npm run lighthouse -- --runs ${runs}`)
}

const main = async (): Promise<number> => {
  const { values } = parseArgs({ options: { runs: { default: '3', type: 'string' } } })
  const runs = Math.max(1, Number(values.runs))
  const site = await startLighthouseSite()
  const browsers: LaunchedChrome[] = []
  try {
    const light = await launchChrome()
    browsers.push(light)
    const dark = await launchChrome({ dark: true })
    browsers.push(dark)
    const findings: Findings = { costly: [], rows: [], unweighted: [] }
    let about = ''
    mkdirSync(reportDir, { recursive: true })
    for (const pathname of site.paths) {
      const page = pathname === '/' ? 'index' : 'article'
      for (const variant of variants) {
        const lhr = await measure(
          variant.dark ? dark : light,
          `${site.baseUrl}${pathname}`,
          variant.formFactor,
          runs,
        )
        about ||= `Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}`
        writeFileSync(path.join(reportDir, `${page}-${variant.name}.json`), JSON.stringify(lhr))
        record(findings, lhr, `${page.padEnd(8)} ${variant.name}`)
      }
    }
    print(findings, about, runs)
    return 0
  } finally {
    for (const chrome of browsers) chrome.kill()
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
