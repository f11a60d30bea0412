/**
 * The built dev site as Lighthouse should see it: `next start dev` on a fresh SQLite file, the
 * seeded CI-vs-CD brief's article published over REST with its author (portrait, bio, links), the
 * site settings (publisher, logo) and a real figure, plus its pillar article so the index has two
 * cards and the breadcrumb a middle step. The same steps as tests/e2e/richResults.e2e.test.ts.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Api } from '../tests/e2e/support/rest.js'

import { seedAuthorProfile } from '../dev/seed/seedAuthor.js'
import { repoRoot, startNextServer } from '../tests/e2e/support/nextServer.js'
import { ok, request } from '../tests/e2e/support/rest.js'
import { publishableArticle, publishableKeyword } from '../tests/support/publishableArticle.js'

type Doc = Record<string, any>

export type LighthouseSite = {
  baseUrl: string
  /** Paths to measure: the index and the published article. */
  paths: string[]
  stop: () => Promise<void>
}

const settings = {
  locale: 'en_US',
  publisherName: 'Prompt Kit Blog',
  publisherUrl: 'https://example.org',
  sameAs: [{ url: 'https://github.com/example-prompt-kit-blog' }],
  siteName: 'Prompt Kit Blog',
  twitterHandle: '@example_pkblog',
}

/** Upload ids of this run, deleted at the end (deleting an upload removes its files from dev/media). */
const uploaded: Array<number | string> = []

const uploadFile = async (api: Api, file: Blob, name: string, alt: string): Promise<Doc> => {
  const form = new FormData()
  form.append('file', file, name)
  form.append('_payload', JSON.stringify({ alt }))
  const doc = ((await ok(api, 'POST', '/api/media', form)) as { doc: Doc }).doc
  uploaded.push(doc.id)
  return doc
}

const seedFile = (file: string) =>
  new Blob([readFileSync(path.join(repoRoot, 'dev', 'seed', file))], { type: 'image/png' })

const createArticle = async (api: Api, data: Record<string, unknown>) =>
  ((await ok(api, 'POST', '/api/articles', data)) as { doc: Doc }).doc

/** Author, settings and the seeded brief's article, published; returns the article's slug. */
const publishSeededArticle = async (api: Api, run: string): Promise<string> => {
  const me = ((await ok(api, 'GET', '/api/users/me')) as { user: Doc }).user
  const photo = await uploadFile(
    api,
    seedFile('author-maya-lindqvist.png'),
    `maya-${run}.png`,
    `Portrait of ${seedAuthorProfile.name}`,
  )
  await ok(api, 'PATCH', `/api/users/${me.id}`, { ...seedAuthorProfile, image: photo.id })
  const logo = await uploadFile(
    api,
    seedFile('publisher-logo.png'),
    `logo-${run}.png`,
    'Prompt Kit Blog logo',
  )
  await ok(api, 'POST', '/api/globals/site-settings', {
    ...settings,
    defaultAuthor: me.id,
    publisherLogo: logo.id,
  })

  // The seed imported the CI-vs-CD page: its brief, topical map and pillar brief.
  const briefs = ((await ok(api, 'GET', '/api/briefs?depth=0&limit=100')) as { docs: Doc[] }).docs
  const seeded = briefs.find((brief) => brief.primaryKeyword === 'ci vs cd python')
  if (!seeded) throw new Error('the dev seed did not import the CI-vs-CD brief')
  const map = (await ok(api, 'GET', `/api/topical-maps/${seeded.topicalMap}?depth=0`)) as Doc
  // The publishable text is written for its own keyword; the briefs follow it so the gate passes.
  for (const id of [seeded.id, map.pillarBrief])
    await ok(api, 'PATCH', `/api/briefs/${id}`, { primaryKeyword: publishableKeyword })

  const slug = `ci-vs-cd-python-${run}`
  await createArticle(
    api,
    publishableArticle({
      _status: 'published',
      author: me.id,
      brief: map.pillarBrief,
      slug: `ci-cd-for-python-${run}`,
      title: 'CI vs CD: CI/CD for Python Projects',
    }),
  )
  const article = await createArticle(
    api,
    publishableArticle({ _status: 'published', author: me.id, brief: seeded.id, slug }),
  )
  // A real picture in the body: the article's own 1200×630 card, uploaded as the plan's diagram.
  const card = await fetch(`${api.baseUrl}/articles/${slug}/og-image`)
  if (card.status !== 200) throw new Error(`GET /articles/${slug}/og-image answered ${card.status}`)
  const figure = await uploadFile(
    api,
    new Blob([await card.arrayBuffer()], { type: 'image/png' }),
    `ci-vs-cd-${run}.png`,
    'CI vs CD pipeline overview',
  )
  const imagePlan = [
    {
      altText: 'Overview card: CI vs CD for Python developers',
      caption: 'CI tests every change; CD keeps main releasable.',
      filename: figure.filename,
      image: figure.id,
      placement: 'CI vs CD in a Python project',
      type: 'diagram',
    },
  ]
  await ok(api, 'PATCH', `/api/articles/${article.id}`, { imagePlan })
  return slug
}

/** Starts the built dev app (`npm run dev:build` must have run) and publishes what is measured. */
export const startLighthouseSite = async (): Promise<LighthouseSite> => {
  const run = randomUUID().slice(0, 8)
  const dbFile = path.join(os.tmpdir(), `prompt-kit-lighthouse-${run}.db`)
  const server = await startNextServer({
    DATABASE_URI: `file:${dbFile}`,
    PAYLOAD_SECRET: `lighthouse-${run}-${randomUUID()}`,
  })
  let api: Api = { baseUrl: server.baseUrl }
  const stop = async () => {
    for (const id of uploaded.splice(0))
      await request(api, 'DELETE', `/api/media/${id}`).catch(() => undefined)
    await server.stop()
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true })
  }
  try {
    const registered = await ok(api, 'POST', '/api/users/first-register', {
      email: `lighthouse-${run}@example.com`,
      name: seedAuthorProfile.name,
      password: `pw-${run}-${randomUUID()}`,
    })
    api = { ...api, token: registered.token as string }
    const slug = await publishSeededArticle(api, run)
    return { baseUrl: server.baseUrl, paths: ['/', `/articles/${slug}`], stop }
  } catch (error) {
    await stop()
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n--- server log ---\n${server.logs().slice(-4000)}`,
    )
  }
}
