/**
 * Review an editor can act on, in Chromium: the seeded brief generated against the fake
 * OpenAI-compatible server, then its SEO review as a checklist (grouped by kind, a default phase per
 * item), Dismiss remembered across a reload without marking any phase edited, Apply re-running the
 * chosen phase with the item in its prompt while the Pipeline panel follows, and the outline and
 * research as lists that edit the stored JSON. Screenshots land in test-results/e2e/ (review-*).
 */
import type { Browser, Page } from 'playwright-core'

import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { FakeOpenAI, FakeReply, RecordedRequest } from '../support/fakeOpenAI.js'
import type { Api } from './support/rest.js'
import type { NextServer } from './support/nextServer.js'

import { startFakeOpenAI } from '../support/fakeOpenAI.js'
import { phaseOfRequest, pipelineResponder } from '../support/pipelineFixtures.js'
import { launchChromium, screenshot } from './support/browser.js'
import { ensureBuilt, startNextServer } from './support/nextServer.js'
import { answer, publishableAnswers } from './support/publishableAnswers.js'
import { ok } from './support/rest.js'

const run = randomUUID().slice(0, 8)
const dbFile = path.join(os.tmpdir(), `prompt-kit-review-e2e-${run}.db`)
const email = `reviewer-${run}@example.com`
const password = `pw-${run}-${randomUUID()}`

const META_FIX = 'Add the primary keyword to the meta description'
const INTRO_FIX = 'Use the exact keyword in the first 100 words'
const EEAT_GAP = 'No author bio with credentials'
const TABLE = 'Add a comparison table of CI services'

/** One item of every kind, each with a different default owner. */
const review = {
  keywordPlacements: { found: ['title', 'H2'], fixes: [META_FIX, INTRO_FIX] },
  eeatGaps: [EEAT_GAP],
  readability: { gradeLevel: 11, fixes: ['Split the long sentences in the CD section'] },
  headingsIssues: ['Two H2s have nearly the same wording'],
  duplicateRisk: { risk: 'medium', differentiation: ['Add a worked example for a Django app'] },
  freshnessSignals: ['Mention the Python 3.13 release'],
  improvementSuggestions: [
    { priority: 2, suggestion: TABLE, steps: ['GitHub Actions', 'GitLab CI'] },
    {
      priority: 1,
      suggestion: 'Rewrite the meta description to promise a checklist',
      steps: ['Keep it under 155 characters'],
    },
    { priority: 3, suggestion: 'Quote a maintainer of a popular Python CI tool', steps: [] },
  ],
}

/** The meta phase's answer waits for this gate, so the test sees the run in progress (no timing). */
let metaGate: null | Promise<void> = null
let openMetaGate: () => void = () => undefined
const closeMetaGate = () => {
  metaGate = new Promise<void>((resolve) => (openMetaGate = resolve))
}

const answers = publishableAnswers()
const script = pipelineResponder({
  ...answers,
  meta: async (req, nth): Promise<FakeReply> => {
    if (metaGate) await metaGate
    return (await answers.meta!(req, nth))!
  },
  seoReview: answer(JSON.stringify(review)),
})

let fake: FakeOpenAI
let server: NextServer | undefined
let browser: Browser | undefined
let page: Page
let api: Api
let articleId: number | string

type Status = { phases: { key: string; status: string }[]; run: { active: boolean } | null }

const pipelineStatus = () =>
  ok(api, 'GET', `/api/articles/${articleId}/pipeline`) as Promise<unknown> as Promise<Status>
const storedArticle = () => ok(api, 'GET', `/api/articles/${articleId}?draft=true&depth=0`)

/** Fails with the end of the server log, which says why far more often than the page does. */
const withServerLog = async <T>(what: string, action: () => Promise<T>): Promise<T> => {
  try {
    return await action()
  } catch (err) {
    throw new Error(
      `${what}: ${err instanceof Error ? err.message : String(err)}\n--- server log ---\n${server?.logs().slice(-4000)}`,
    )
  }
}

/** Until no run is active (refinement rounds included) and, with `allDone`, every phase is done. */
const waitForIdle = async ({ allDone = true, timeoutMs = 180_000 } = {}) => {
  const started = Date.now()
  let last: Status | undefined
  while (Date.now() - started < timeoutMs) {
    last = await pipelineStatus()
    if (
      !last.run?.active &&
      last.phases.length > 0 &&
      (!allDone || last.phases.every((p) => p.status === 'done'))
    )
      return last
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(
    `the pipeline did not finish: ${JSON.stringify(last)}\n--- server log ---\n${server?.logs().slice(-4000)}`,
  )
}

/** The checklist has saved the dismissed list (it is busy while it saves). */
const dismissalsSaved = () => page.locator('#prompt-kit-review[aria-busy="false"]').waitFor()
const item = (text: string) => page.locator('.prompt-kit-review-item', { hasText: text })
const openTab = (name: string) => page.getByRole('button', { exact: true, name }).click()
const promptText = (req: RecordedRequest) => JSON.stringify(req.body?.messages ?? [])

beforeAll(async () => {
  ensureBuilt()
  fake = await startFakeOpenAI((req, i) => script.responder(req, i))
  server = await startNextServer({
    DATABASE_URI: `file:${dbFile}`,
    OPENAI_API_KEY: 'sk-e2e-not-a-real-key',
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_MODEL: 'gpt-4o-mini',
    PAYLOAD_SECRET: `e2e-secret-${run}-${randomUUID()}`,
  })
  const { baseUrl } = server
  const registered = await ok({ baseUrl }, 'POST', '/api/users/first-register', {
    email,
    name: 'Rea Reviewer',
    password,
  })
  api = { baseUrl, token: registered.token as string }
  const briefs = (await ok(api, 'GET', '/api/briefs?depth=0&limit=10&sort=createdAt')).docs as {
    id: number | string
    isPillar?: boolean
    title: string
  }[]
  const brief = briefs.find((b) => /CI vs CD/i.test(b.title) && !b.isPillar)
  if (!brief)
    throw new Error(`the seeded CI-vs-CD brief is missing: ${JSON.stringify(briefs.map((b) => b.title))}`)
  const started = await withServerLog('generate', () =>
    ok(api, 'POST', `/api/briefs/${brief.id}/generate`, {}),
  )
  articleId = started.articleId as number | string
  await waitForIdle()

  browser = await launchChromium()
  page = await browser.newPage({ viewport: { height: 1000, width: 1440 } })
  page.setDefaultTimeout(30_000)
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}, 900_000)

afterAll(async () => {
  openMetaGate()
  await browser?.close()
  await server?.stop()
  await fake?.close()
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true })
}, 60_000)

describe('the SEO review, outline and research, in Chromium', () => {
  it('shows the SEO review as a checklist grouped by kind, each item with a default phase', async () => {
    await page.goto(`${server!.baseUrl}/admin/collections/articles/${articleId}`)
    await openTab('Review')
    await withServerLog('checklist', () =>
      page.locator('#prompt-kit-review .prompt-kit-review-item').first().waitFor(),
    )
    expect(
      await page
        .locator('#prompt-kit-review .prompt-kit-review-group')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind'))),
    ).toEqual([
      'keywordPlacement',
      'eeatGap',
      'readability',
      'heading',
      'duplicateRisk',
      'freshness',
      'improvement',
    ])
    expect(await page.locator('#prompt-kit-review h4').allTextContents()).toEqual([
      'Keyword placements',
      'E-E-A-T gaps',
      'Readability',
      'Headings',
      'Duplicate risk',
      'Freshness',
      'Improvement suggestions, most important first',
    ])
    // Suggestions most important first.
    const suggestions = await page
      .locator('.prompt-kit-review-group[data-kind="improvement"] .prompt-kit-review-item > p')
      .allTextContents()
    expect(suggestions.map((s) => s.replace(/^Priority \d+:\s*/, ''))).toEqual([
      'Rewrite the meta description to promise a checklist',
      TABLE,
      'Quote a maintainer of a popular Python CI tool',
    ])
    // The owners offered are the kit's phases; the defaults follow the item.
    await page.locator('.prompt-kit-review-owner option[value="meta"]').first().waitFor({ state: 'attached' })
    const owner = (text: string) => item(text).locator('select.prompt-kit-review-owner').inputValue()
    expect([
      await owner(META_FIX),
      await owner(INTRO_FIX),
      await owner(EEAT_GAP),
      await owner(TABLE),
    ]).toEqual(['meta', 'introduction', 'eeat', 'body'])
    expect(
      await item(META_FIX)
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
    ).not.toContain('seoReview')
    expect(await page.locator('#prompt-kit-review-counts').textContent()).toBe('10 open · 0 dismissed')
    await page.locator('#prompt-kit-review').scrollIntoViewIfNeeded()
    await screenshot(page, 'review-01-seo-checklist', { fullPage: false })
  })

  it('dismisses an item: it stays dismissed after a reload, and no phase counts as edited by a person', async () => {
    await item(EEAT_GAP)
      .getByRole('button', { name: `Dismiss “${EEAT_GAP}”` })
      .click()
    await page.locator('#prompt-kit-review-counts', { hasText: '9 open · 1 dismissed' }).waitFor()
    await item(EEAT_GAP).waitFor({ state: 'detached' })
    await dismissalsSaved()
    // Saved at once: the form has nothing unsaved, so a reload loses nothing.
    await page.reload()
    await openTab('Review')
    await page.locator('#prompt-kit-review-counts', { hasText: '9 open · 1 dismissed' }).waitFor()
    expect(await item(EEAT_GAP).count()).toBe(0)
    const stored = await storedArticle()
    expect(stored.seoReviewDismissed).toEqual([expect.stringMatching(/^eeatGap:[0-9a-z]+$/)])
    expect((await pipelineStatus()).phases.filter((p) => p.status !== 'done')).toEqual([])

    // Shown again on request, and restorable.
    await page.click('#prompt-kit-review-show-dismissed')
    await item(EEAT_GAP).and(page.locator('[data-state="dismissed"]')).waitFor()
    await item(EEAT_GAP).scrollIntoViewIfNeeded()
    await screenshot(page, 'review-02-dismissed-shown', { fullPage: false })
    await item(EEAT_GAP)
      .getByRole('button', { name: `Restore “${EEAT_GAP}”` })
      .click()
    await page.locator('#prompt-kit-review-counts', { hasText: '10 open · 0 dismissed' }).waitFor()
    await dismissalsSaved()
    expect((await storedArticle()).seoReviewDismissed).toEqual([])
  })

  it('applies an item: the chosen phase re-runs with the item in its prompt, and the panel follows the run', async () => {
    closeMetaGate()
    const before = fake.requests.length
    await item(META_FIX)
      .getByRole('button', { name: `Apply “${META_FIX}”: re-run the chosen phase with it as feedback` })
      .click()
    await withServerLog('applied — running', () =>
      item(META_FIX).and(page.locator('[data-state="running"]')).waitFor(),
    )
    expect(await item(META_FIX).locator('.prompt-kit-review-applied').textContent()).toBe('Applied — running')
    // The Pipeline panel follows the run it did not start.
    await withServerLog('panel shows meta running', () =>
      page.locator('#prompt-kit-phase-meta[data-status="running"]').waitFor({ timeout: 60_000 }),
    )
    await screenshot(page, 'review-03-applied-running', { fullPage: false })

    openMetaGate()
    await withServerLog('applied — done', () =>
      item(META_FIX).and(page.locator('[data-state="done"]')).waitFor({ timeout: 120_000 }),
    )
    const metaRequests = fake.requests.slice(before).filter((req) => phaseOfRequest(req) === 'meta')
    expect(metaRequests.length).toBeGreaterThanOrEqual(1)
    expect(promptText(metaRequests[0]!)).toContain(META_FIX)
    await page.locator('#prompt-kit-phase-meta[data-status="done"]').waitFor()
    await screenshot(page, 'review-04-applied', { fullPage: false })
    metaGate = null
  })

  it('shows the outline and research as lists whose edits are saved into the JSON', async () => {
    await waitForIdle({ allDone: false })
    await page.reload()
    await openTab('Plan')
    const outline = page.locator('.prompt-kit-outline')
    await outline.waitFor()
    expect(
      await outline
        .locator('.prompt-kit-outline-heading')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-level'))),
    ).toEqual(['H2', 'H3', 'H2'])
    const firstH2 = outline.getByRole('textbox', { name: 'H2 heading 1', exact: true })
    expect(await firstH2.inputValue()).toBe('CI vs CD Python pipelines compared')
    await outline.getByRole('spinbutton', { name: 'Word target: H3 heading 1.1' }).fill('260')
    const research = page.locator('.prompt-kit-research .prompt-kit-research-item')
    expect(await research.count()).toBeGreaterThanOrEqual(6)
    await screenshot(page, 'review-05-outline-research', { fullPage: false })

    // The raw JSON editor is one click away and shows the same, edited value.
    await page.click('#prompt-kit-outline-toggle')
    await page.locator('#prompt-kit-outline[data-view="json"]').waitFor()
    await page.click('#prompt-kit-outline-toggle')
    await page.click('#action-save-draft')
    await withServerLog('draft saved', () =>
      page.locator('.payload-toast-container .toast-success').first().waitFor(),
    )
    const stored = (await storedArticle()) as {
      outline: { headings: { children: { wordTarget: number }[]; text: string }[] }
    }
    expect(stored.outline.headings[0]!.children[0]!.wordTarget).toBe(260)
    expect(stored.outline.headings[0]!.text).toBe('CI vs CD Python pipelines compared')
  })
})
