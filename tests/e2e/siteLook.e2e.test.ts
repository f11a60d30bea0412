/**
 * How the public site looks and is built, in Chromium: the published article at desktop, mobile
 * and dark-mode, the index, with screenshots into test-results/e2e (site-*.png). Structure is
 * asserted, not pixels: contents links land on headings, FAQ items are disclosure widgets, code is
 * highlighted by the stylesheet, nothing 404s (the favicon included), nothing scrolls sideways.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'

import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { NextServer } from './support/nextServer.js'
import type { Api } from './support/rest.js'

import { heading, paragraph, publishableArticle, publishableFaq, richText } from '../support/publishableArticle.js'
import { launchChromium, screenshot } from './support/browser.js'
import { codeBlock, tinyPng } from './support/fixtures.js'
import { ensureBuilt, repoRoot, startNextServer } from './support/nextServer.js'
import { ok, request } from './support/rest.js'

const run = randomUUID().slice(0, 8)
const dbFile = path.join(os.tmpdir(), `prompt-kit-e2e-look-${run}.db`)
const env = { DATABASE_URI: `file:${dbFile}`, PAYLOAD_SECRET: `e2e-secret-${run}-${randomUUID()}` }
const slug = `ci-vs-cd-look-${run}`
const authorName = 'Maya Lindqvist'
const siteName = 'Pipelines Weekly'

type Doc = Record<string, any>

let server: NextServer | undefined
let browser: Browser | undefined
let api: Api
let shownSiteName: string
const uploads: Doc[] = []

const create = async (collection: string, data: unknown, query = '') =>
  ((await ok(api, 'POST', `/api/${collection}${query}`, data)) as { doc: Doc }).doc

const upload = async (file: Blob, name: string, alt: string) => {
  const form = new FormData()
  form.append('file', file, name)
  form.append('_payload', JSON.stringify({ alt }))
  const doc = await create('media', form)
  uploads.push(doc)
  return doc
}

/** The dev seed's author portrait when it is there; a 1×1 PNG otherwise. */
const portrait = () => {
  const file = path.join(repoRoot, 'dev', 'seed', 'author-maya-lindqvist.png')
  return existsSync(file) ? new Blob([readFileSync(file)], { type: 'image/png' }) : tinyPng()
}

const workflow = [
  'name: ci',
  'on: [push, pull_request]',
  'jobs:',
  '  test:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v4',
  '      - run: pip install -r requirements.txt && pytest --cov=src --cov-report=term-missing --maxfail=1 -q tests/',
].join('\n')

/** The seed's "CI vs CD" article with enough structure to show every component. */
const lookArticle = (args: { author: unknown; brief: unknown; hero: unknown; heroFilename: string }) =>
  publishableArticle({
    _status: 'published',
    author: args.author,
    body: richText(
      heading('h2', 'CI vs CD in a Python project'),
      paragraph('Continuous integration runs the test suite on every push, so a broken change is caught within minutes.'),
      codeBlock('def test_ci():\n    # CI runs this on every push\n    assert "<ci>" != "cd"', 'python'),
      heading('h3', 'Pipeline stages'),
      paragraph('Lint, test, build and deploy. Each stage gates the next one.'),
      codeBlock(workflow, 'yaml'),
      heading('h3', 'Running the checks locally'),
      codeBlock('python -m pip install ruff pytest\nruff check . && pytest -q  # same as CI', 'bash'),
      heading('h2', 'Choosing tools'),
      paragraph('GitHub Actions covers both CI and CD for most Python teams.'),
    ),
    brief: args.brief,
    faq: [...publishableFaq, { answer: 'No. Start with CI; add deployment once main stays green.', question: 'Do I need CD on day one?' }],
    imagePlan: [
      {
        altText: 'Diagram of the CI vs CD pipeline stages',
        caption: 'Where CI ends and CD begins',
        description: 'Where CI ends and CD begins',
        filename: args.heroFilename,
        image: args.hero,
        placement: 'CI vs CD in a Python project',
        type: 'diagram',
      },
      // Planned but not uploaded: a reader sees nothing of it.
      { altText: 'Screenshot of a GitHub Actions run', filename: 'actions-run.png', placement: 'Choosing tools', type: 'screenshot' },
    ],
    slug,
  })

/** A pipeline diagram drawn in the browser, so the article's figure is a real picture. */
const diagram = async (): Promise<Blob> => {
  const page = await browser!.newPage({ viewport: { height: 450, width: 800 } })
  const stages = ['Commit', 'Lint', 'Test', 'Build', 'Deploy']
  const boxes = stages
    .map((stage, i) => {
      const x = 30 + i * 150
      const fill = i < 3 ? '#0b5cad' : '#1a7f37'
      return `<rect x="${x}" y="190" width="120" height="70" rx="10" fill="${fill}"/><text x="${x + 60}" y="232" fill="#fff" font-size="20" text-anchor="middle" font-family="sans-serif">${stage}</text>${i < 4 ? `<path d="M${x + 122} 225h26" stroke="#57606a" stroke-width="3"/>` : ''}`
    })
    .join('')
  const labels =
    '<text x="255" y="150" font-size="24" text-anchor="middle" font-family="sans-serif" fill="#0b5cad">Continuous integration</text>' +
    '<text x="630" y="150" font-size="24" text-anchor="middle" font-family="sans-serif" fill="#1a7f37">Continuous delivery</text>'
  await page.setContent(`<body style="margin:0"><svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"><rect width="800" height="450" fill="#f6f8fa"/>${boxes}${labels}</svg></body>`)
  const png = await page.screenshot({ clip: { height: 450, width: 800, x: 0, y: 0 } })
  await page.close()
  return new Blob([new Uint8Array(png)], { type: 'image/png' })
}

beforeAll(async () => {
  ensureBuilt()
  server = await startNextServer(env)
  browser = await launchChromium()
  const { baseUrl } = server
  const registered = await ok({ baseUrl }, 'POST', '/api/users/first-register', {
    email: `author-${run}@example.com`,
    name: authorName,
    password: `pw-${run}-${randomUUID()}`,
  })
  api = { baseUrl, token: registered.token as string }
  const author = (registered.user as Doc).id

  const photo = await upload(portrait(), `maya-${run}.png`, `Portrait of ${authorName}`)
  await ok(api, 'PATCH', `/api/users/${author}`, {
    bio: 'Maya has run CI/CD for Python services for ten years and maintains two pytest plugins.',
    image: photo.id,
    role: 'Staff engineer, developer productivity',
    sameAs: [{ url: 'https://github.com/example' }, { url: 'https://www.linkedin.com/in/example' }],
    url: 'https://example.com/about/maya',
  })
  // The site's name in the header; without the settings global the layout falls back to its own name.
  const settings = await request(api, 'POST', '/api/globals/site-settings', { locale: 'en_US', publisherName: 'Pipelines Weekly Ltd', siteName })
  shownSiteName = settings.status === 200 ? siteName : 'Prompt Kit Blog'

  const map = await create('topical-maps', { contentGroups: [{ name: 'Pipelines' }], title: `Continuous delivery ${run}` })
  const brief = (
    await create('briefs', { contentGroup: 'Pipelines', primaryKeyword: 'CI vs CD', searchIntent: 'informational', title: `Look brief ${run}`, topicalMap: map.id })
  ).id
  const hero = await upload(await diagram(), `hero-${run}.png`, 'Diagram of the CI vs CD pipeline stages')
  await create('articles', lookArticle({ author, brief, hero: hero.id, heroFilename: hero.filename as string }))
  await create(
    'articles',
    publishableArticle({ _status: 'published', author, brief, slug: `ci-vs-cd-pipelines-look-${run}`, title: 'CI vs CD: Pipelines in Practice' }),
  )
}, 900_000)

afterAll(async () => {
  await browser?.close()
  for (const doc of uploads) await request(api, 'DELETE', `/api/media/${doc.id}`).catch(() => undefined)
  await server?.stop()
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true })
}, 60_000)

type Visit = { failed: string[]; foreign: string[]; page: Page; violations: string[] }

/**
 * A page in a fresh browser context, with what went wrong on the way: responses ≥ 400 (a missing
 * favicon shows here), requests to other hosts (no CDN fonts or scripts) and CSP violations.
 */
const visit = async (pathname: string, options: BrowserContextOptions): Promise<Visit> => {
  const context = await browser!.newContext(options)
  const page = await context.newPage()
  const result: Visit = { failed: [], foreign: [], page, violations: [] }
  const origin = new URL(server!.baseUrl).origin
  page.on('response', (res) => {
    if (res.status() >= 400) result.failed.push(`${res.status()} ${res.url()}`)
  })
  page.on('request', (req) => {
    const url = req.url()
    if (!url.startsWith('data:') && new URL(url).origin !== origin) result.foreign.push(url)
  })
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) result.violations.push(message.text())
  })
  const response = await page.goto(`${server!.baseUrl}${pathname}`, { waitUntil: 'load' })
  if (response?.status() !== 200) {
    throw new Error(`GET ${pathname}: ${response?.status()}\n--- server log ---\n${server!.logs().slice(-4000)}`)
  }
  // Lazy images below the fold would be blank in a full-page screenshot: load them all, then
  // check none is broken.
  const broken = await page.evaluate(() =>
    Promise.all(
      [...document.images].map(async (img) => {
        img.loading = 'eager'
        await img.decode().catch(() => undefined)
        return img.naturalWidth > 0 ? null : img.currentSrc || img.src
      }),
    ).then((sources) => sources.filter(Boolean)),
  )
  expect(broken).toEqual([])
  return result
}

const clean = (result: Visit) => {
  expect({ failed: result.failed, foreign: result.foreign, violations: result.violations }).toEqual({ failed: [], foreign: [], violations: [] })
}

const desktop: BrowserContextOptions = { viewport: { height: 900, width: 1280 } }
const mobile: BrowserContextOptions = { deviceScaleFactor: 2, hasTouch: true, isMobile: true, viewport: { height: 844, width: 390 } }

/** Sideways scrolling of the whole page (a code block or table may scroll inside itself). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

describe('the article page', () => {
  it('at desktop width: contents, byline, highlighted code, FAQ disclosures, author box; nothing 404s', async () => {
    const result = await visit(`/articles/${slug}`, desktop)
    const { page } = result
    await screenshot(page, 'site-01-article-desktop')

    const toc = await page.$$eval('.ppk-toc a', (links) =>
      links.map((a) => {
        const id = decodeURIComponent(a.getAttribute('href')!.slice(1))
        const target = document.getElementById(id)
        return { href: a.getAttribute('href'), tag: target?.tagName ?? null, text: a.textContent }
      }),
    )
    expect(toc.map((entry) => entry.text)).toEqual([
      'CI vs CD in a Python project',
      'Pipeline stages',
      'Running the checks locally',
      'Choosing tools',
      'Frequently asked questions',
    ])
    for (const entry of toc) expect({ entry, tag: entry.tag }).toEqual({ entry, tag: expect.stringMatching(/^H[23]$/) })

    const faq = await page.$$eval('.ppk-faq-item', (items) =>
      items.map((item) => ({ open: (item as HTMLDetailsElement).open, question: item.querySelector('summary')?.textContent, tag: item.tagName })),
    )
    expect(faq).toEqual([
      { open: false, question: publishableFaq[0]!.question, tag: 'DETAILS' },
      { open: false, question: publishableFaq[1]!.question, tag: 'DETAILS' },
      { open: false, question: 'Do I need CD on day one?', tag: 'DETAILS' },
    ])
    await page.click('.ppk-faq-item summary')
    expect(await page.$eval('.ppk-faq-item', (item) => (item as HTMLDetailsElement).open)).toBe(true)

    const code = await page.$$eval('pre.ppk-code', (blocks) =>
      blocks.map((pre) => {
        const keyword = pre.querySelector('[class^="ppk-tok-"]:not(.ppk-tok-comment)')
        return {
          language: pre.getAttribute('data-language'),
          styled: keyword ? getComputedStyle(keyword).color !== getComputedStyle(pre).color : false,
          tokens: pre.querySelectorAll('span[class^="ppk-tok-"]').length,
        }
      }),
    )
    expect(code.map((block) => block.language)).toEqual(['python', 'yaml', 'bash'])
    for (const block of code) expect(block).toEqual({ language: block.language, styled: true, tokens: expect.any(Number) })
    for (const block of code) expect(block.tokens).toBeGreaterThan(2)

    const byline = await page.$eval('.ppk-byline', (p) => ({
      dates: [...p.querySelectorAll('time')].map((time) => time.getAttribute('datetime')),
      text: p.textContent,
    }))
    expect(byline.text).toMatch(new RegExp(`^By ${authorName}.*Published .+\\d+ min read$`))
    expect(byline.dates.length).toBeGreaterThan(0)
    for (const date of byline.dates) expect(Number.isNaN(Date.parse(date!))).toBe(false)

    expect(await page.$eval('.ppk-author-box .ppk-author-name', (el) => el.textContent)).toBe(authorName)
    expect(await page.$eval('.ppk-author-photo', (img) => (img as HTMLImageElement).alt)).toBe(`Portrait of ${authorName}`)
    expect(await page.$eval('.ppk-header .ppk-site-name', (el) => el.textContent)).toBe(shownSiteName)
    // The planned image without an upload is not on the public page.
    expect(await page.locator('img[alt="Screenshot of a GitHub Actions run"]').count()).toBe(0)
    expect(await page.$eval('body', (body) => getComputedStyle(body).fontFamily)).toMatch(/system-ui/)
    expect(await page.$$eval('h1', (h1s) => h1s.map((h) => h.textContent))).toEqual(['CI vs CD: What Python Developers Need to Know'])

    const icon = await page.$eval('link[rel="icon"]', (link) => (link as HTMLLinkElement).href)
    const favicon = await fetch(icon)
    expect([favicon.status, favicon.headers.get('content-type')]).toEqual([200, 'image/svg+xml'])
    clean(result)
    await page.context().close()
  })

  it('at 390 px: no sideways scrolling, code scrolls inside its block', async () => {
    const result = await visit(`/articles/${slug}`, mobile)
    const { page } = result
    await screenshot(page, 'site-02-article-mobile')
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    // The long workflow line is wider than the phone: its block scrolls, the page does not.
    expect(await page.$eval('pre[data-language="yaml"]', (pre) => pre.scrollWidth > pre.clientWidth)).toBe(true)
    clean(result)
    await page.context().close()
  })

  it('in dark mode: dark background, light text', async () => {
    const result = await visit(`/articles/${slug}`, { ...desktop, colorScheme: 'dark' })
    const { page } = result
    await screenshot(page, 'site-03-article-dark', { fullPage: false })
    const colors = await page.$eval('body', (body) => [getComputedStyle(body).backgroundColor, getComputedStyle(body).color])
    const brightness = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number)
      return (r! * 299 + g! * 587 + b! * 114) / 1000
    }
    expect(brightness(colors[0]!)).toBeLessThan(60)
    expect(brightness(colors[1]!)).toBeGreaterThan(180)
    clean(result)
    await page.context().close()
  })
})

describe('the index', () => {
  it('shows article cards with title, description, date and reading time, grouped by topical map', async () => {
    const result = await visit('/', desktop)
    const { page } = result
    await screenshot(page, 'site-04-index')
    const section = page.locator('section.ppk-section', { has: page.locator(`h2:text-is("Continuous delivery ${run}")`) })
    expect(await section.locator('.ppk-group-title').allTextContents()).toEqual(['Pipelines'])
    const cards = await section.locator('.ppk-card').evaluateAll((nodes) =>
      nodes.map((card) => ({
        date: card.querySelector('time')?.getAttribute('datetime') ?? null,
        description: card.querySelector('.ppk-card-description')?.textContent ?? null,
        href: card.querySelector('.ppk-card-title a')?.getAttribute('href') ?? null,
        meta: card.querySelector('.ppk-card-meta')?.textContent ?? null,
      })),
    )
    expect(cards.map((card) => card.href).sort()).toEqual([`/articles/${slug}`, `/articles/ci-vs-cd-pipelines-look-${run}`].sort())
    for (const card of cards) {
      expect(card.description).toMatch(/^CI vs CD explained/)
      expect(Number.isNaN(Date.parse(card.date ?? ''))).toBe(false)
      expect(card.meta).toMatch(/\d+ min read$/)
    }
    clean(result)
    await page.context().close()
  })

  it('at 390 px: no sideways scrolling', async () => {
    const result = await visit('/', mobile)
    await screenshot(result.page, 'site-05-index-mobile')
    expect(await overflow(result.page)).toBeLessThanOrEqual(0)
    clean(result)
    await result.page.context().close()
  })
})
