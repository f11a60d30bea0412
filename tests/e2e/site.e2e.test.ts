/**
 * The dev app as a reader gets it: built, started with `next start` on a fresh SQLite database,
 * articles created through the REST API, pages fetched over HTTP.
 */
import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Api } from './support/rest.js'
import type { NextServer } from './support/nextServer.js'

import { attack, draftArticle, hostileArticle, mainArticle, relatedArticle, tinyPng } from './support/fixtures.js'
import { decodeEntities, h1Texts, headOf, jsonLdScripts, linkHrefs, metaContent, titles } from './support/html.js'
import { ensureBuilt, startNextServer } from './support/nextServer.js'
import { getPage, ok, request } from './support/rest.js'

const run = randomUUID().slice(0, 8)
const dbFile = path.join(os.tmpdir(), `prompt-kit-e2e-${run}.db`)
const env = { DATABASE_URI: `file:${dbFile}`, PAYLOAD_SECRET: `e2e-secret-${run}-${randomUUID()}` }
const slugs = {
  draft: `ci-vs-cd-draft-${run}`,
  hostile: `ci-vs-cd-hostile-${run}`,
  main: `ci-vs-cd-${run}`,
  related: `ci-vs-cd-pipelines-${run}`,
}

type Doc = Record<string, any>

/** The FAQ's questions as rendered: each `<details>` summary holds an `<h3 class="ppk-faq-question">`. */
const faqQuestions = (html: string) =>
  [...html.matchAll(/<summary><h3 class="ppk-faq-question">([\s\S]*?)<\/h3><\/summary>/g)].map((m) => decodeEntities(m[1]!.replace(/<[^>]*>/g, '')))

let server: NextServer | undefined
let api: Api
let token: string
const docs: Record<'draft' | 'hostile' | 'main' | 'media' | 'related', Doc> = {} as never

const create = async (collection: string, data: unknown, query = '') =>
  ((await ok(api, 'POST', `/api/${collection}${query}`, data)) as { doc: Doc }).doc

beforeAll(async () => {
  ensureBuilt()
  server = await startNextServer(env)
  const { baseUrl } = server

  // NODE_ENV=production creates no dev user: register the first one like a new install would.
  const registered = await ok({ baseUrl }, 'POST', '/api/users/first-register', {
    email: `editor-${run}@example.com`,
    name: 'Ada Editor',
    password: `pw-${run}-${randomUUID()}`,
  })
  token = registered.token as string
  api = { baseUrl, token }
  const author = (registered.user as Doc).id

  const map = await create('topical-maps', { contentGroups: [{ name: 'Pipelines' }], title: `E2E map ${run}` })
  const brief = (
    await create('briefs', { contentGroup: 'Pipelines', primaryKeyword: 'CI vs CD', searchIntent: 'informational', title: `E2E brief ${run}`, topicalMap: map.id })
  ).id

  const form = new FormData()
  form.append('file', tinyPng(), `e2e-${run}.png`)
  form.append('_payload', JSON.stringify({ alt: 'Media alt text' }))
  docs.media = await create('media', form)

  docs.related = await create('articles', relatedArticle({ author, brief, slug: slugs.related }))
  docs.main = await create(
    'articles',
    mainArticle({ author, brief, image: docs.media.id, imageFilename: docs.media.filename, related: docs.related.id, slug: slugs.main }),
  )
  docs.hostile = await create('articles', hostileArticle({ brief, slug: slugs.hostile }))
  docs.draft = await create('articles', draftArticle({ brief, slug: slugs.draft }), '?draft=true')
}, 900_000)

afterAll(async () => {
  // Deleting the upload also removes its file from dev/media.
  if (server && docs.media?.id) await request(api, 'DELETE', `/api/media/${docs.media.id}`).catch(() => undefined)
  await server?.stop()
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true })
}, 60_000)

/** Fails with the server log when a page does not answer as expected. */
const page = async (pathname: string, expected: number, cookie?: string) => {
  const result = await getPage(server!.baseUrl, pathname, cookie)
  if (result.status !== expected) {
    throw new Error(`GET ${pathname}: ${result.status}, expected ${expected}\n${result.html.slice(0, 500)}\n--- server log ---\n${server!.logs().slice(-4000)}`)
  }
  return result
}

const onlyJsonLd = (html: string) => {
  const scripts = jsonLdScripts(html)
  expect(scripts).toHaveLength(1)
  return JSON.parse(scripts[0]!) as { '@graph': Doc[] }
}

describe('published article page', () => {
  let html: string
  let url: string

  beforeAll(async () => {
    url = `${server!.baseUrl}/articles/${slugs.main}`
    html = (await page(`/articles/${slugs.main}`, 200)).html
  })

  it('has the head tags from getArticleMetadata', () => {
    const head = headOf(html)
    const imageUrl = `${server!.baseUrl}${docs.media.url as string}`
    expect(titles(head)).toEqual(['CI vs CD for Python: Differences, Tools and Best Practices'])
    expect(metaContent(head, 'description')).toBe(docs.main.meta.description)
    expect(linkHrefs(head, 'canonical')).toEqual([url])
    expect(metaContent(head, 'og:title')).toBe('CI vs CD, explained for Python teams')
    expect(metaContent(head, 'og:description')).toBe('CI or CD first? A practical CI vs CD answer for Python teams.')
    expect(metaContent(head, 'og:url')).toBe(url)
    expect(metaContent(head, 'og:type')).toBe('article')
    expect(metaContent(head, 'og:image')).toBe(imageUrl)
    expect(metaContent(head, 'og:image:alt')).toBe('A CI vs CD pipeline diagram')
    expect(metaContent(head, 'twitter:card')).toBe('summary_large_image')
    expect(metaContent(head, 'twitter:title')).toBe('CI vs CD, explained for Python teams')
    expect(metaContent(head, 'twitter:image')).toBe(imageUrl)
  })

  it('embeds one JSON-LD script: Article plus a FAQPage equal to the rendered FAQ', () => {
    const [article, faqPage] = onlyJsonLd(html)['@graph']
    expect(article).toMatchObject({
      '@type': 'Article',
      author: { '@type': 'Person', name: 'Ada Editor' },
      description: docs.main.meta.description,
      headline: 'CI vs CD: What Python Developers Need to Know',
      mainEntityOfPage: { '@id': url, '@type': 'WebPage' },
    })
    expect(Date.parse(article!.datePublished)).not.toBeNaN()
    expect(Date.parse(article!.dateModified)).not.toBeNaN()
    expect(faqPage!['@type']).toBe('FAQPage')
    const rendered = faqQuestions(html)
    expect(rendered.length).toBeGreaterThan(0)
    expect(faqPage!.mainEntity.map((q: Doc) => q.name)).toEqual(rendered)
  })

  it('renders the H1, text, code block, figures and internal links', () => {
    expect(h1Texts(html)).toEqual(['CI vs CD: What Python Developers Need to Know'])
    expect(html).toContain('Continuous integration runs the test suite on every push.')
    // Highlighted on the server: token spans inside, the code itself unchanged.
    const code = /<pre class="ppk-code" data-language="python"><code class="language-python">([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1] ?? ''
    expect(code).toContain('<span class="ppk-tok-keyword">def</span>')
    expect(decodeEntities(code.replace(/<[^>]*>/g, ''))).toBe('def test_ci():\n    assert "<ci>" != "cd"')
    // The planned image with an upload shows it, under the heading its placement names.
    const figure = /<h2 id="ci-vs-cd-in-a-python-project">CI vs CD in a Python project<\/h2><figure[^>]*><img alt="Diagram of the CI vs CD pipeline stages"[^>]*src="([^"]+)"/.exec(html)
    expect(decodeEntities(figure?.[1] ?? '')).toBe(docs.media.url)
    // The planned screenshot nobody uploaded yet is not on the public page (draft preview shows a placeholder).
    expect(html).not.toContain('Screenshot of a GitHub Actions run')
    const related = `/articles/${slugs.related}`
    expect(html).toContain(`<a href="${related}">CI vs CD pipelines in practice</a>`)
    expect(html).toContain(`<a href="${related}">the pipeline guide</a>`)
  })

  it('links only to pages that exist', async () => {
    await page(`/articles/${slugs.related}`, 200)
  })
})

describe('index', () => {
  it('lists published articles by topical map and content group, without drafts', async () => {
    const { html } = await page('/', 200)
    const section = html.slice(html.indexOf(`<h2 class="ppk-section-title" id="map-e2e-map-${run}">E2E map ${run}</h2>`))
    expect(section).toMatch(/^<h2 class="ppk-section-title" id="map-e2e-map-[\w-]+">E2E map [\w-]+<\/h2><section class="content-group"><h3 class="ppk-group-title">Pipelines<\/h3>/)
    for (const slug of [slugs.main, slugs.related, slugs.hostile]) expect(section).toContain(`href="/articles/${slug}"`)
    expect(html).not.toContain(slugs.draft)
  })
})

describe('the publish gate over REST, in production', () => {
  it('answers a refused publish with 400 and every failed check in errors[0].data.errors', async () => {
    const bare = await create('articles', { slug: `gate-refused-${run}`, title: 'Too short' }, '?draft=true')
    const refused = await request(api, 'PATCH', `/api/articles/${bare.id}`, { _status: 'published' })
    expect(refused.status).toBe(400)
    const [first] = (refused.body as { errors: { data?: { errors?: { id: string; message: string }[] } }[] }).errors
    const checks = first?.data?.errors ?? []
    expect(checks.length).toBeGreaterThan(0)
    expect(checks.map((check) => check.id)).toContain('meta-title-length')
    for (const check of checks) expect(check.message).toEqual(expect.any(String))
  })
})

describe('security headers', () => {
  it('sends a content security policy, frame, sniffing and referrer headers on the site, the admin and the API', async () => {
    for (const path of ['/', `/articles/${slugs.main}`, '/admin/login', '/api/articles']) {
      const { headers } = await getPage(server!.baseUrl, path)
      const csp = headers.get('content-security-policy') ?? ''
      expect({ path, csp }).toEqual({ path, csp: expect.stringContaining("default-src 'self'") })
      expect(csp).toContain("frame-ancestors 'self'")
      expect(csp).toContain("object-src 'none'")
      // `next start` is production: no eval, no HMR websocket.
      expect(csp).not.toContain('unsafe-eval')
      expect([headers.get('x-frame-options'), headers.get('x-content-type-options'), headers.get('referrer-policy')]).toEqual([
        'SAMEORIGIN',
        'nosniff',
        'strict-origin-when-cross-origin',
      ])
    }
  })
})

describe('untrusted text', () => {
  it('cannot close the JSON-LD script or add one', async () => {
    const { html } = await page(`/articles/${slugs.hostile}`, 200)
    expect(html.toLowerCase()).not.toContain('<script>alert(1)')
    expect(html).not.toContain(attack)
    const [article, faqPage] = onlyJsonLd(html)['@graph']
    expect(article!.headline).toBe(`CI vs CD ${attack}`)
    expect(faqPage!.mainEntity[0].name).toBe(`Is CI vs CD ${attack} safe?`)
    expect(faqPage!.mainEntity.map((q: Doc) => q.name)).toEqual(faqQuestions(html))
    expect(titles(headOf(html))).toEqual([`CI vs CD ${attack}`])
    expect(h1Texts(html)).toEqual([`CI vs CD ${attack}`])
  })
})

describe('not found', () => {
  it('answers 404 for a draft and for an unknown slug', async () => {
    await page(`/articles/${slugs.draft}`, 404)
    await page(`/articles/no-such-article-${run}`, 404)
  })
})

describe('draft preview', () => {
  it('shows the latest draft to a logged-in editor only', async () => {
    const anonymous = await getPage(server!.baseUrl, `/next/preview?slug=${slugs.draft}`)
    expect(anonymous.status).toBe(401)

    const login = `payload-token=${token}`
    const enter = await getPage(server!.baseUrl, `/next/preview?slug=${slugs.draft}`, login)
    expect(enter.status).toBe(307)
    expect(enter.headers.get('location')).toBe(`/articles/${slugs.draft}`)
    const bypass = enter.headers.getSetCookie().find((c) => c.startsWith('__prerender_bypass='))?.split(';')[0]
    expect(bypass).toBeDefined()

    const { html } = await page(`/articles/${slugs.draft}`, 200, `${login}; ${bypass}`)
    expect(h1Texts(html)).toEqual(['CI vs CD draft: not public yet'])
    expect(metaContent(headOf(html), 'robots')).toBe('noindex, nofollow')

    // Draft mode without a login shows nothing more than a reader sees.
    await page(`/articles/${slugs.draft}`, 404, bypass)
  })
})

describe('revalidation', () => {
  it('shows a published edit on the next request, without a restart', async () => {
    const before = await page(`/articles/${slugs.related}`, 200)
    expect(h1Texts(before.html)).toEqual(['CI vs CD: Pipelines in Practice'])
    // Served from Next's cache: without revalidation the edit below would not show.
    expect((await page(`/articles/${slugs.related}`, 200)).headers.get('x-nextjs-cache')).toBe('HIT')

    await ok(api, 'PATCH', `/api/articles/${docs.related.id}`, { title: 'CI vs CD: Pipelines, Updated' })

    const after = await page(`/articles/${slugs.related}`, 200)
    expect(h1Texts(after.html)).toEqual(['CI vs CD: Pipelines, Updated'])
    expect(onlyJsonLd(after.html)['@graph'][0]!.headline).toBe('CI vs CD: Pipelines, Updated')
  })

  it('takes an unpublished article off the site', async () => {
    await page(`/articles/${slugs.hostile}`, 200)
    await ok(api, 'PATCH', `/api/articles/${docs.hostile.id}`, { _status: 'draft' })
    await page(`/articles/${slugs.hostile}`, 404)
  })
})
