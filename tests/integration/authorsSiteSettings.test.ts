import type { Payload } from 'payload'

import { ImageResponse } from 'next/og.js'

import { getPublicAuthor } from '../../src/collections/authorsRead.js'
import { resolveOptions } from '../../src/defaults.js'
import { getArticleBreadcrumbs } from '../../src/frontend/jsonLd/getArticleBreadcrumbs.js'
import { OgCard } from '../../src/frontend/og/OgCard.js'
import { ogCardData } from '../../src/frontend/og/ogCardData.js'
import { getSiteSettings } from '../../src/globals/getSiteSettings.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { publishableArticle, publishableKeyword } from '../support/publishableArticle.js'
import { startTestPayload, stopTestPayload, usersCollection } from '../support/testPayload.js'

reportSkippedDatabases()

type Doc = Record<string, unknown> & { id: number | string }

const profile = {
  bio: 'Builds CI/CD pipelines for Python teams.',
  name: 'Maya Lindqvist',
  role: 'Senior Python engineer',
  sameAs: [{ url: 'https://github.com/maya' }],
  url: 'https://example.org/team/maya',
}

/** Briefs for the publishable article's keyword, each with its own title (and so slug). */
const createBrief = (payload: Payload, title: string) =>
  payload.create({ collection: 'briefs', data: { primaryKeyword: publishableKeyword, searchIntent: 'informational', title } as never }) as Promise<Doc>

const publish = (payload: Payload, data: Record<string, unknown>) =>
  payload.create({ collection: 'articles', data: { ...publishableArticle(), _status: 'published', ...data } as never }) as Promise<Doc>

describe.each(databasesUnderTest())('authors in the users collection, site settings on %s', (db) => {
  let payload: Payload
  let author: Doc
  beforeAll(async () => {
    payload = await startTestPayload({ db, plugin: { seedDefaultKit: false, site: { url: 'https://blog.example.com' } } })
    author = (await payload.create({
      collection: 'users',
      data: { ...profile, email: 'maya@example.com', password: 'correct-horse-battery' } as never,
    })) as Doc
  })
  afterAll(() => stopTestPayload(payload))

  it('adds the author fields to users once and relates articles to users', () => {
    const users = payload.collections.users.config.fields.flatMap((f) => ('name' in f ? [f.name] : []))
    for (const name of ['name', 'role', 'bio', 'url', 'sameAs', 'image']) expect(users.filter((n) => n === name)).toHaveLength(1)
    const relation = payload.collections.articles.config.fields.find((f) => 'name' in f && f.name === 'author') as { relationTo?: string }
    expect(relation.relationTo).toBe('users')
  })

  it('reads an author’s public fields only, past the users’ access rules', async () => {
    const read = await getPublicAuthor(payload, author.id)
    expect(read).toEqual({ ...profile, id: author.id, image: null, sameAs: [expect.objectContaining(profile.sameAs[0])] })
    expect(read).not.toHaveProperty('email')
    expect(await getPublicAuthor(payload, { id: author.id, name: 'x' })).toMatchObject({ name: profile.name })
    expect(await getPublicAuthor(payload, null)).toBeNull()
    expect(await getPublicAuthor(payload, typeof author.id === 'number' ? 987654 : '65f000000000000000000000')).toBeNull()
  })

  it('refuses a job title that reads as a permission in a login collection', async () => {
    await expect(payload.update({ collection: 'users', data: { role: 'admin' } as never, id: author.id })).rejects.toThrow(/role/i)
  })

  it('lets anyone read the site settings, and only logged-in users update them', async () => {
    await expect(
      payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Nope' } as never, overrideAccess: false }),
    ).rejects.toThrow()
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { defaultAuthor: author.id, locale: 'en_US', publisherName: 'PK Ltd', siteName: 'PK Blog', twitterHandle: '@pkblog' } as never,
      overrideAccess: false,
      user: { ...author, collection: 'users' } as never,
    })
    const settings = await getSiteSettings(payload)
    expect(settings).toMatchObject({ locale: 'en_US', publisherName: 'PK Ltd', siteName: 'PK Blog', twitterHandle: '@pkblog' })
    expect(settings?.defaultAuthor).toMatchObject({ id: author.id, name: profile.name, role: profile.role })
    expect(settings?.defaultAuthor).not.toHaveProperty('email')
  })

  it('rejects a twitter handle or locale in the wrong shape', async () => {
    for (const data of [{ twitterHandle: 'not a handle' }, { locale: 'english' }, { publisherUrl: 'javascript:alert(1)' }]) {
      await expect(payload.updateGlobal({ slug: 'site-settings', data: data as never })).rejects.toThrow()
    }
  })

  it('builds breadcrumbs through the published pillar article of the topical map', async () => {
    const pillarBrief = await createBrief(payload, 'Pillar brief')
    const brief = await createBrief(payload, 'Cluster brief')
    const map = (await payload.create({ collection: 'topical-maps', data: { pillarBrief: pillarBrief.id, title: 'CI/CD map' } as never })) as Doc
    await payload.update({ collection: 'briefs', data: { topicalMap: map.id } as never, id: brief.id })
    await payload.update({ collection: 'briefs', data: { topicalMap: map.id } as never, id: pillarBrief.id })
    const home = { name: 'Home', path: '/' }
    expect(await getArticleBreadcrumbs(payload, { brief: brief.id })).toEqual([home])

    await publish(payload, { author: author.id, brief: pillarBrief.id, slug: 'ci-cd-guide', title: 'The CI/CD guide' })
    expect(await getArticleBreadcrumbs(payload, { brief: brief.id })).toEqual([home, { name: 'The CI/CD guide', path: '/articles/ci-cd-guide' }])
    // The pillar itself: Home only.
    expect(await getArticleBreadcrumbs(payload, { brief: pillarBrief.id })).toEqual([home])
    expect(await getArticleBreadcrumbs(payload, {})).toEqual([home])
  })

  it('gives the Open Graph card of a published article only, and draws it as a 1200×630 PNG', async () => {
    const brief = await createBrief(payload, 'Card brief')
    await publish(payload, { author: author.id, brief: brief.id, slug: 'card-published' })
    await payload.create({ collection: 'articles', data: { ...publishableArticle(), brief: brief.id, slug: 'card-draft' } as never, draft: true })
    const card = await ogCardData(payload, 'card-published')
    expect(card).toEqual({ authorName: profile.name, authorRole: profile.role, siteName: 'PK Blog', title: 'CI vs CD: What Python Developers Need to Know' })
    expect(await ogCardData(payload, 'card-draft')).toBeNull()
    expect(await ogCardData(payload, 'no-such-article')).toBeNull()

    const png = Buffer.from(await new ImageResponse(OgCard(card!), { height: 630, width: 1200 }).arrayBuffer())
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
  })
})

describe('an authors collection the plugin adds', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await startTestPayload({ plugin: { authors: { create: true }, seedDefaultKit: false, siteSettings: { slug: 'blog-settings' } } })
  })
  afterAll(() => stopTestPayload(payload))

  it('relates articles and the default author to `authors`, which anyone may read', async () => {
    const relation = payload.collections.articles.config.fields.find((f) => 'name' in f && f.name === 'author') as { relationTo?: string }
    expect(relation.relationTo).toBe('authors')
    const created = (await payload.create({ collection: 'authors' as never, data: profile as never })) as Doc
    const { docs } = await payload.find({ collection: 'authors' as never, overrideAccess: false })
    expect(docs.map((d) => (d as Doc).id)).toEqual([created.id])
    // A job title is just text outside a login collection.
    await payload.update({ collection: 'authors' as never, data: { role: 'admin' } as never, id: created.id })
    expect(payload.globals.config.map((g) => g.slug)).toContain('blog-settings')
    expect(await getPublicAuthor(payload, created.id)).toMatchObject({ name: profile.name, role: 'admin' })
  })
})

describe('authors and site settings options', () => {
  const config = { admin: { user: 'users' }, collections: [usersCollection, { slug: 'authors', fields: [] }], globals: [{ slug: 'site-settings', fields: [] }] }

  it('resolves the users collection by default and `authors` with create', () => {
    const base = { ...config, collections: [usersCollection], globals: [] }
    expect(resolveOptions({}, base)).toMatchObject({ authors: { collection: 'users', create: false }, siteSettings: { slug: 'site-settings' } })
    expect(resolveOptions({ authors: { create: true }, siteSettings: false }, base)).toMatchObject({ authors: { collection: 'authors', create: true } })
    expect(resolveOptions({ siteSettings: false }, base).siteSettings).toBeUndefined()
    expect(resolveOptions({ authors: { collection: 'authors' }, siteSettings: { slug: 'blog' } }, config).authors).toMatchObject({ collection: 'authors', create: false })
  })

  it('names the option and the fix for a bad choice', () => {
    expect(() => resolveOptions({ authors: { create: true }, siteSettings: { slug: 'blog' } }, config)).toThrow(/`authors.collection` is "authors".*drop `create`/)
    expect(() => resolveOptions({ authors: { collection: 'writers' }, siteSettings: { slug: 'blog' } }, config)).toThrow(/`authors.collection` names "writers".*create: true/)
    expect(() => resolveOptions({ authors: { collection: 'Bad Slug' } }, config)).toThrow(/authors.collection/)
    expect(() => resolveOptions({}, config)).toThrow(/`siteSettings.slug`/)
  })
})
