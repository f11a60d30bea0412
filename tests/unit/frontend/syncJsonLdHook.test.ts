import type { CollectionBeforeChangeHook } from 'payload'

import type { ArticleJsonLd } from '../../../src/frontend/buildArticleJsonLd.js'

import { resolveOptions } from '../../../src/defaults.js'
import { syncJsonLdHook } from '../../../src/hooks/syncJsonLdHook.js'

type HookArgs = Parameters<CollectionBeforeChangeHook>[0]

const options = (mediaCollection?: string) =>
  resolveOptions(
    { mediaCollection, site: { url: 'https://example.com' } },
    { collections: mediaCollection ? [{ slug: mediaCollection, fields: [] }] : [] },
  )

/** A request whose lookups answer from `docs` (or throw), recording warnings and lookups. */
const fakeReq = (docs: Record<string, Record<string, unknown>>) => {
  const warnings: unknown[] = []
  const lookups: unknown[] = []
  const req = {
    payload: {
      findByID: async (args: { collection: string; id: number | string; req: unknown }) => {
        lookups.push(args)
        const doc = docs[`${args.collection}:${args.id}`]
        if (!doc) throw new Error('Not Found')
        return doc
      },
      logger: { warn: (entry: unknown) => warnings.push(entry) },
    },
  }
  return { lookups, req, warnings }
}

const run = async (
  hook: CollectionBeforeChangeHook,
  req: unknown,
  data: Record<string, unknown>,
  originalDoc?: Record<string, unknown>,
) => {
  const args = { data, operation: originalDoc ? 'update' : 'create', originalDoc, req } as unknown as HookArgs
  const result = (await hook(args)) as Record<string, unknown>
  return { data: result, ld: result.jsonLd as ArticleJsonLd }
}

describe('syncJsonLdHook', () => {
  it('looks the author up in the same request and uses only the name', async () => {
    const { lookups, req } = fakeReq({ 'users:7': { email: 'ada@example.com', name: 'Ada' } })
    const { ld } = await run(syncJsonLdHook(options()), req, { author: 7, slug: 's', title: 'T' })
    expect(ld['@graph'][0].author).toEqual({ '@type': 'Person', name: 'Ada' })
    expect(lookups).toEqual([expect.objectContaining({ collection: 'users', depth: 0, id: 7, req })])
  })

  it('saves without an author, and warns, when the lookup fails', async () => {
    const { req, warnings } = fakeReq({})
    const { ld } = await run(syncJsonLdHook(options()), req, { author: 99, slug: 's', title: 'T' })
    expect(ld['@graph'][0]).not.toHaveProperty('author')
    expect(warnings).toHaveLength(1)
  })

  it('never falls back to the email of a user without a name', async () => {
    const { req } = fakeReq({ 'users:7': { email: 'ada@example.com' } })
    const { ld } = await run(syncJsonLdHook(options()), req, { author: 7, slug: 's', title: 'T' })
    expect(JSON.stringify(ld)).not.toContain('ada@example.com')
  })

  it('merges partial update data over the stored document, meta one level deep', async () => {
    const { req } = fakeReq({ 'users:7': { name: 'Ada' } })
    const stored = {
      author: 7,
      faq: [{ answer: 'A', id: 'r1', question: 'Q?' }],
      meta: { description: 'Old', image: 'https://cdn.example.com/i.png' },
      publishedAt: '2024-01-01T00:00:00.000Z',
      slug: 'stored',
      title: 'Stored title',
    }
    const { ld } = await run(syncJsonLdHook(options()), req, { meta: { description: 'New' } }, stored)
    expect(ld['@graph'][0]).toMatchObject({
      author: { name: 'Ada' },
      datePublished: '2024-01-01T00:00:00.000Z',
      description: 'New',
      headline: 'Stored title',
      image: 'https://cdn.example.com/i.png',
      mainEntityOfPage: { '@id': 'https://example.com/articles/stored' },
    })
    expect(ld['@graph'][1]).toMatchObject({ mainEntity: [{ acceptedAnswer: { text: 'A' }, name: 'Q?' }] })
  })

  it('stamps publishedAt when publishing a document that has none, and dates the change now', async () => {
    const { req } = fakeReq({})
    const before = Date.now()
    const { data, ld } = await run(syncJsonLdHook(options()), req, { _status: 'published' }, { slug: 's', title: 'T' })
    expect(Date.parse(data.publishedAt as string)).toBeGreaterThanOrEqual(before)
    expect(ld['@graph'][0].datePublished).toBe(data.publishedAt)
    expect(Date.parse(ld['@graph'][0].dateModified!)).toBeGreaterThanOrEqual(before)

    const draft = await run(syncJsonLdHook(options()), req, { _status: 'draft' }, { slug: 's', title: 'T' })
    expect(draft.data).not.toHaveProperty('publishedAt')
  })

  it('resolves an upload id to its absolute URL, and survives a missing upload', async () => {
    const { req, warnings } = fakeReq({ 'media:3': { url: '/api/media/file/c.png' } })
    const hook = syncJsonLdHook(options('media'))
    const found = await run(hook, req, { meta: { image: 3 }, slug: 's', title: 'T' })
    expect(found.ld['@graph'][0].image).toBe('https://example.com/api/media/file/c.png')
    const populated = await run(hook, req, { meta: { image: { id: 4, url: '/x.png' } }, slug: 's', title: 'T' })
    expect(populated.ld['@graph'][0].image).toBe('https://example.com/x.png')
    const missing = await run(hook, req, { meta: { image: 'abc123' }, slug: 's', title: 'T' })
    expect(missing.ld['@graph'][0]).not.toHaveProperty('image')
    expect(warnings).toHaveLength(1)
  })
})
