import type { CollectionConfig, Payload } from 'payload'

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { ArticleJsonLd, JsonLdFaqPageNode } from '../../src/frontend/buildArticleJsonLd.js'

import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { createPublishableBrief, publishableArticle } from '../support/publishableArticle.js'
import { createUser, startTestPayload, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

const siteUrl = 'https://blog.example.com'
const site = { articlePath: (article: { slug?: null | string }) => `/posts/${article.slug ?? ''}`, url: siteUrl }

const articleNode = (doc: Record<string, unknown>) => (doc.jsonLd as ArticleJsonLd)['@graph'][0]
const faqOf = (doc: Record<string, unknown>) =>
  ((doc.jsonLd as ArticleJsonLd)['@graph'][1] as JsonLdFaqPageNode | undefined)?.mainEntity.map((q) => ({
    answer: q.acceptedAnswer.text,
    question: q.name,
  }))
const plainFaq = (faq: unknown) => (faq as Array<{ answer: string; question: string }>).map(({ answer, question }) => ({ answer, question }))

const faq = [
  { answer: 'Merging to main several times a day.', question: 'What is continuous integration?' },
  { answer: 'Keeping main releasable at all times.', question: 'What is continuous delivery?' },
]

describe.each(databasesUnderTest())('JSON-LD on %s', (db) => {
  describe('with a text image URL', () => {
    let payload: Payload
    let author: { id: number | string }
    let brief: { id: number | string }
    beforeAll(async () => {
      payload = await startTestPayload({ db, plugin: { seedDefaultKit: false, site } })
      author = await createUser(payload)
      brief = await createPublishableBrief(payload)
    })
    afterAll(() => stopTestPayload(payload))

    // Slugs are unique and filled from the title, so each article gets its own.
    let n = 0
    const create = (data: Record<string, unknown>) =>
      payload.create({ collection: 'articles', data: { slug: `ci-vs-cd-${++n}`, title: 'CI vs CD', ...data }, draft: true })

    it('builds headline, author, description, canonical URL and FAQPage on create', async () => {
      const doc = await create({
        author: author.id,
        faq,
        meta: { description: 'How CI and CD differ.', image: '/images/ci.png' },
        slug: 'ci-vs-cd',
      })
      const node = articleNode(doc)
      expect(node).toMatchObject({
        '@type': 'Article',
        author: { '@type': 'Person', name: 'Test Editor' },
        description: 'How CI and CD differ.',
        headline: 'CI vs CD',
        image: `${siteUrl}/images/ci.png`,
        mainEntityOfPage: { '@id': `${siteUrl}/posts/ci-vs-cd`, '@type': 'WebPage' },
      })
      expect(node.dateModified).toEqual(expect.any(String))
      expect(node).not.toHaveProperty('datePublished')
      expect(faqOf(doc)).toEqual(plainFaq(doc.faq))
      expect(faqOf(doc)).toEqual(faq)
    })

    it('follows updates to the FAQ and the meta description, keeping the rest', async () => {
      const doc = await create({ author: author.id, faq, meta: { description: 'Old.', title: 'Meta title' } })
      const before = articleNode(doc).dateModified!
      const newFaq = [{ answer: 'Deploying every green build.', question: 'What is continuous deployment?' }, faq[0]!]
      const updated = await payload.update({
        id: doc.id,
        collection: 'articles',
        data: { faq: newFaq, meta: { description: 'New description.' } },
        draft: true,
      })
      expect(faqOf(updated)).toEqual(newFaq)
      expect(faqOf(updated)).toEqual(plainFaq(updated.faq))
      expect(articleNode(updated)).toMatchObject({
        author: { name: 'Test Editor' },
        description: 'New description.',
        headline: 'CI vs CD',
      })
      expect(Date.parse(articleNode(updated).dateModified!)).toBeGreaterThanOrEqual(Date.parse(before))

      const retitled = await payload.update({ id: doc.id, collection: 'articles', data: { faq: [], title: 'Renamed' }, draft: true })
      expect(articleNode(retitled)).toMatchObject({ description: 'New description.', headline: 'Renamed' })
      expect((retitled.jsonLd as ArticleJsonLd)['@graph']).toHaveLength(1)
    })

    it('sets publishedAt and datePublished when the article is published', async () => {
      // Publishing passes the pre-publish checklist only with a complete article.
      const draft = await create({ ...publishableArticle({ brief: brief.id }), author: author.id, faq })
      expect(draft.publishedAt ?? null).toBeNull()
      const start = Date.now()
      const published = await payload.update({ id: draft.id, collection: 'articles', data: { _status: 'published' } })
      expect(published.publishedAt).toEqual(expect.any(String))
      expect(Date.parse(published.publishedAt as string)).toBeGreaterThanOrEqual(start - 1000)
      expect(articleNode(published).datePublished).toBe(new Date(published.publishedAt as string).toISOString())

      // A later save keeps the first publication date.
      const again = await payload.update({ id: draft.id, collection: 'articles', data: { _status: 'published', title: 'Edited: CI vs CD' } })
      expect(articleNode(again).datePublished).toBe(articleNode(published).datePublished)
    })

    it('keeps an explicit publishedAt', async () => {
      const doc = await payload.create({
        collection: 'articles',
        data: publishableArticle({ _status: 'published', brief: brief.id, publishedAt: '2023-05-06T07:08:09.000Z', slug: 'backdated' }) as never,
      })
      expect(articleNode(doc).datePublished).toBe('2023-05-06T07:08:09.000Z')
    })

    it('overwrites a jsonLd value sent by the client', async () => {
      const forged = { '@context': 'https://schema.org', '@graph': [{ '@type': 'Article', headline: 'Forged' }] }
      const doc = await create({ faq, jsonLd: forged })
      expect(articleNode(doc).headline).toBe('CI vs CD')
      expect(faqOf(doc)).toEqual(faq)

      const updated = await payload.update({ id: doc.id, collection: 'articles', data: { jsonLd: forged }, draft: true })
      expect(articleNode(updated).headline).toBe('CI vs CD')
      const stored = await payload.findByID({ id: doc.id, collection: 'articles', draft: true })
      expect(articleNode(stored).headline).toBe('CI vs CD')
    })

    it('never uses an email as the author', async () => {
      const nameless = await payload.create({
        collection: 'users',
        data: { email: 'nameless@example.com', password: 'correct-horse-battery' },
      })
      const doc = await create({ author: nameless.id })
      expect(articleNode(doc)).not.toHaveProperty('author')
      expect(JSON.stringify(doc.jsonLd)).not.toContain('nameless@example.com')
    })
  })

  describe('with a media collection', () => {
    const media: CollectionConfig = {
      slug: 'media',
      fields: [],
      upload: { staticDir: mkdtempSync(path.join(tmpdir(), 'prompt-kit-media-')) },
    }
    let payload: Payload
    beforeAll(async () => {
      payload = await startTestPayload({
        collections: [media],
        db,
        plugin: { mediaCollection: 'media', seedDefaultKit: false, site },
      })
    })
    afterAll(() => stopTestPayload(payload))

    it('uses the upload URL, made absolute with the site URL', async () => {
      // A 1×1 transparent PNG.
      const png = Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
        'base64',
      )
      const image = await payload.create({
        collection: 'media',
        data: {},
        file: { data: png, mimetype: 'image/png', name: 'cover.png', size: png.length },
      })
      const doc = await payload.create({
        collection: 'articles',
        data: { meta: { image: image.id }, slug: 'with-image', title: 'With image' },
        draft: true,
      })
      const url = articleNode(doc).image
      expect(url).toMatch(new RegExp(`^${siteUrl}/.*cover\\.png$`))
    })
  })
})
