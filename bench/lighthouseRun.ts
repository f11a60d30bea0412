/**
 * Lighthouse (Node API) in Debian's Chromium through chrome-launcher: one page, one form factor,
 * `runs` times, the median run (Lighthouse's own choice: closest to the median FCP and TTI) kept.
 */
import type { Result } from 'lighthouse'

import { launch, type LaunchedChrome } from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type FormFactor = 'desktop' | 'mobile'

/**
 * Headless Chromium; as root it needs `--no-sandbox`. CHROMIUM_PATH picks the binary. `dark`:
 * pages see `prefers-color-scheme: dark` (`--force-dark-mode`), so contrast is checked in the
 * stylesheet's dark theme too.
 */
export const launchChrome = ({ dark = false } = {}): Promise<LaunchedChrome> =>
  launch({
    chromeFlags: [
      '--headless=new',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      ...(dark ? ['--force-dark-mode'] : []),
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    logLevel: 'error',
  })

/** The median of `runs` Lighthouse runs of `url` with the default (mobile) or the desktop config. */
export const measure = async (
  chrome: LaunchedChrome,
  url: string,
  formFactor: FormFactor,
  runs: number,
): Promise<Result> => {
  const results: Result[] = []
  for (let i = 0; i < runs; i++) {
    const outcome = await lighthouse(
      url,
      { logLevel: 'error', onlyCategories: [...categories], output: 'json', port: chrome.port },
      formFactor === 'desktop' ? desktopConfig : undefined,
    )
    if (!outcome) throw new Error(`Lighthouse returned nothing for ${url} (${formFactor})`)
    if (outcome.lhr.runtimeError)
      throw new Error(
        `Lighthouse on ${url} (${formFactor}): ${outcome.lhr.runtimeError.code} ${outcome.lhr.runtimeError.message}`,
      )
    results.push(outcome.lhr)
  }
  return computeMedianRun(results)
}

export type FailedAudit = {
  category: string
  displayValue?: string
  id: string
  score: number
  title: string
  weight: number
}

/**
 * Audits of each category that did not pass: a score under 1 (binary audits 0, metric and
 * opportunity audits anything short of full), with the weight they carry in their category.
 * Informative, manual and not-applicable audits have no score and are left out.
 */
export const failedAudits = (lhr: Result): FailedAudit[] =>
  categories.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id]
      if (!audit || audit.score === null || audit.score >= 1) return []
      return [
        {
          category,
          displayValue: audit.displayValue,
          id: ref.id,
          score: audit.score,
          title: audit.title,
          weight: ref.weight,
        },
      ]
    }),
  )

/** A category's score, 0–1, or NaN when Lighthouse could not score it. */
export const scoreOf = (lhr: Result, category: (typeof categories)[number]): number =>
  lhr.categories[category]?.score ?? Number.NaN

const metricIds = {
  CLS: 'cumulative-layout-shift',
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  SI: 'speed-index',
  TBT: 'total-blocking-time',
} as const

/** The performance metrics as Lighthouse shows them, e.g. `FCP 1.2 s, LCP 1.9 s, …`. */
export const metricsLine = (lhr: Result): string =>
  Object.entries(metricIds)
    .map(([name, id]) => `${name} ${lhr.audits[id]?.displayValue ?? 'n/a'}`)
    .join(', ')
