import type { Browser, Page } from 'playwright-core'

import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'

import { repoRoot } from './nextServer.js'

/** Where screenshots go (gitignored with the rest of test-results/). */
export const screenshotDir = path.join(repoRoot, 'test-results', 'e2e')

/** Debian's Chromium (playwright's own download cannot work offline), headless. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  })

/**
 * A screenshot named by step, e.g. `03-pipeline-done.png`: the full page, or with `fullPage: false`
 * what the editor sees (long forms shrink a full-page shot past reading).
 */
export const screenshot = async (page: Page, step: string, { fullPage = true } = {}) => {
  mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ fullPage, path: path.join(screenshotDir, `${step}.png`) })
}
