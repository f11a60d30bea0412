/**
 * Rich results of the published seeded article, as validators read them: the dev app built and
 * started (`next start`, fresh SQLite), the seeded CI-vs-CD brief's article published through the
 * REST API with an author and site settings, then its JSON-LD, head tags and Open Graph card
 * fetched over HTTP and checked property by property (Google Article, Facebook, Twitter presets).
 */
import { randomUUID } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Api } from './support/rest.js'
import type { NextServer } from './support/nextServer.js'

import { publishableArticle, publishableKeyword } from '../support/publishableArticle.js'
import { headOf, jsonLdScripts, linkHrefs, metaContent } from './support/html.js'
import { ensureBuilt, repoRoot, startNextServer } from './support/nextServer.js'
import { getPage, ok, request } from './support/rest.js'

const run = randomUUID().slice(0, 8)
const dbFile = path.join(os.tmpdir(), `prompt-kit-rich-${run}.db`)
const env = { DATABASE_URI: `file:${dbFile}`, PAYLOAD_SECRET: `e2e-secret-${run}-${randomUUID()}` }
const slugs = { draft: `ci-vs-cd-unpublished-${run}`, main: `ci-vs-cd-python-${run}`, pillar: `ci-cd-for-python-${run}` }

type Doc = Record<string, any>

const author = {
  bio: 'Maya has run CI/CD pipelines for Python teams for eleven years.',
  name: 'Maya Lindqvist',
  role: 'Senior Python engineer',
  sameAs: [{ url: 'https://github.com/example-maya' }, { url: 'https://x.com/maya_e2e' }],
  url: 'https://example.org/team/maya',
}
const settings = {
  locale: 'en_US',
  publisherName: 'Prompt Kit Blog Ltd',
  publisherUrl: 'https://example.org',
  sameAs: [{ url: 'https://github.com/example-prompt-kit-blog' }],
  siteName: 'Prompt Kit Blog',
  twitterHandle: '@pkblog_e2e',
}

let server: NextServer | undefined
let api: Api
const uploads: Doc[] = []
const docs: Record<'main' | 'pillar', Doc> = {} as never

const upload = async (file: string, alt: string) => {
  const form = new FormData()
  form.append('file', new Blob([readFileSync(path.join(repoRoot, 'dev', 'seed', file))], { type: 'image/png' }), `${run}-${file}`)
  form.append('_payload', JSON.stringify({ alt }))
  const doc = ((await ok(api, 'POST', '/api/media', form)) as { doc: Doc }).doc
  uploads.push(doc)
  return doc
}

beforeAll(async () => {
  ensureBuilt()
  server = await startNextServer(env)
  const { baseUrl } = server
  const registered = await ok({ baseUrl }, 'POST', '/api/users/first-register', {
    email: `maya-${run}@example.com`,
    name: 'Maya',
    password: `pw-${run}-${randomUUID()}`,
  })
  api = { baseUrl, token: registered.token as string }
  const user = registered.user as Doc

  // The author's profile on the users collection (the plugin's default authors).
  const photo = await upload('author-maya-lindqvist.png', 'Portrait of Maya Lindqvist')
  await ok(api, 'PATCH', `/api/users/${user.id}`, { ...author, image: photo.id })
  const logo = await upload('publisher-logo.png', 'Prompt Kit Blog logo')
  await ok(api, 'POST', '/api/globals/site-settings', { ...settings, defaultAuthor: user.id, publisherLogo: logo.id })

  // The seed imported the CI-vs-CD page: its brief, topical map and pillar brief.
  const briefs = ((await ok(api, 'GET', '/api/briefs?depth=0&limit=100')) as { docs: Doc[] }).docs
  const seeded = briefs.find((brief) => brief.primaryKeyword === 'ci vs cd python')
  const map = (await ok(api, 'GET', `/api/topical-maps/${seeded!.topicalMap}?depth=0`)) as Doc
  // The publishable text is written for its own keyword; the briefs follow it so the gate passes.
  for (const id of [seeded!.id, map.pillarBrief]) await ok(api, 'PATCH', `/api/briefs/${id}`, { primaryKeyword: publishableKeyword })

  const create = async (data: Record<string, unknown>, query = '') =>
    ((await ok(api, 'POST', `/api/articles${query}`, data)) as { doc: Doc }).doc
  docs.pillar = await create(publishableArticle({ _status: 'published', author: user.id, brief: map.pillarBrief, slug: slugs.pillar, title: 'CI vs CD: CI/CD for Python Projects' }))
  docs.main = await create(publishableArticle({ _status: 'published', author: user.id, brief: seeded!.id, slug: slugs.main }))
  await create(publishableArticle({ brief: seeded!.id, slug: slugs.draft }), '?draft=true')
}, 900_000)

afterAll(async () => {
  // Deleting an upload also removes its file from dev/media.
  for (const doc of uploads) await request(api, 'DELETE', `/api/media/${doc.id}`).catch(() => undefined)
  await server?.stop()
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true })
}, 60_000)

const fetchPage = async (pathname: string) => {
  const result = await getPage(server!.baseUrl, pathname)
  if (result.status !== 200) throw new Error(`GET ${pathname}: ${result.status}\n--- server log ---\n${server!.logs().slice(-4000)}`)
  return result.html
}

describe('the published seeded article', () => {
  let html: string
  let head: string
  let url: string
  let card: string
  let graph: Doc[]

  beforeAll(async () => {
    url = `${server!.baseUrl}/articles/${slugs.main}`
    html = await fetchPage(`/articles/${slugs.main}`)
    head = headOf(html)
    card = metaContent(head, 'og:image')
    const scripts = jsonLdScripts(html)
    expect(scripts).toHaveLength(1)
    graph = (JSON.parse(scripts[0]!) as { '@graph': Doc[] })['@graph']
  })

  it('has Open Graph tags for Facebook: site name, locale, a 1200×630 card with alt text', () => {
    expect(linkHrefs(head, 'canonical')).toEqual([url])
    expect(metaContent(head, 'og:site_name')).toBe('Prompt Kit Blog')
    expect(metaContent(head, 'og:locale')).toBe('en_US')
    expect(metaContent(head, 'og:type')).toBe('article')
    expect(card).toMatch(new RegExp(`^${url}/og-image\\?v=[0-9a-z]+$`))
    expect([metaContent(head, 'og:image:width'), metaContent(head, 'og:image:height')]).toEqual(['1200', '630'])
    expect(metaContent(head, 'og:image:alt')).toBe('“CI vs CD for Python: Differences, Tools and Best Practices” by Maya Lindqvist on Prompt Kit Blog')
  })

  it('has a large Twitter card with site, creator, image and alt text', () => {
    expect(metaContent(head, 'twitter:card')).toBe('summary_large_image')
    expect(metaContent(head, 'twitter:site')).toBe('@pkblog_e2e')
    expect(metaContent(head, 'twitter:creator')).toBe('@maya_e2e')
    expect(metaContent(head, 'twitter:image')).toBe(card)
    expect(metaContent(head, 'twitter:image:alt')).toBe(metaContent(head, 'og:image:alt'))
  })

  it('describes the Article for Google: author Person, publisher Organization with logo, image, dates, page', () => {
    expect(graph.map((node) => node['@type'])).toEqual(['Article', 'FAQPage', 'BreadcrumbList'])
    const [article] = graph
    const photo = uploads[0]!
    const logo = uploads[1]!
    expect(article).toMatchObject({
      author: {
        '@type': 'Person',
        description: author.bio,
        image: `${server!.baseUrl}${photo.url}`,
        jobTitle: author.role,
        name: author.name,
        sameAs: author.sameAs.map((entry) => entry.url),
        url: author.url,
      },
      headline: 'CI vs CD: What Python Developers Need to Know',
      image: card,
      mainEntityOfPage: { '@id': url, '@type': 'WebPage' },
      publisher: {
        '@type': 'Organization',
        logo: { '@type': 'ImageObject', height: 512, url: `${server!.baseUrl}${logo.url}`, width: 512 },
        name: settings.publisherName,
        sameAs: settings.sameAs.map((entry) => entry.url),
        url: settings.publisherUrl,
      },
    })
    expect(article!.author).not.toHaveProperty('email')
    expect(new Date(article!.datePublished).toISOString()).toBe(docs.main.publishedAt)
    expect(Date.parse(article!.dateModified)).toBeGreaterThanOrEqual(Date.parse(article!.datePublished))
  })

  it('has a BreadcrumbList Home → pillar article → article', () => {
    expect(graph[2]!.itemListElement).toEqual([
      { '@type': 'ListItem', item: `${server!.baseUrl}/`, name: 'Home', position: 1 },
      { '@type': 'ListItem', item: `${server!.baseUrl}/articles/${slugs.pillar}`, name: 'CI vs CD: CI/CD for Python Projects', position: 2 },
      { '@type': 'ListItem', item: url, name: 'CI vs CD: What Python Developers Need to Know', position: 3 },
    ])
  })

  it('serves the card as a 1200×630 PNG', async () => {
    const res = await fetch(card)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    const png = Buffer.from(await res.arrayBuffer())
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true)
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
  })

  it('has no card for a draft or an unknown slug', async () => {
    for (const slug of [slugs.draft, `no-such-article-${run}`]) {
      expect((await fetch(`${server!.baseUrl}/articles/${slug}/og-image`)).status).toBe(404)
    }
  })
})
