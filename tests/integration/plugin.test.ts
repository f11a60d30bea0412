import type { CollectionConfig, Payload } from 'payload'

import { ValidationError } from 'payload'

import { defaultKit } from '../../src/kit/defaultKit.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { createPublishableBrief, publishableArticle } from '../support/publishableArticle.js'
import { createUser, startTestPayload, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

/** The field-level messages of a ValidationError (its `message` only lists the paths). */
const validationMessages = async (attempt: Promise<unknown>): Promise<string[]> => {
  try {
    await attempt
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).data.errors.map((e) => `${e.path}: ${e.message}`)
  }
  throw new Error('expected a ValidationError')
}

const hostCalls: string[] = []
/** A host collection with its own hook and a plugin-seo style `meta` group. */
const posts: CollectionConfig = {
  slug: 'posts',
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'stamp', type: 'text' },
    { name: 'meta', type: 'group', fields: [{ name: 'title', type: 'text' }, { name: 'description', type: 'textarea' }] },
  ],
  hooks: {
    beforeChange: [
      ({ data }) => {
        hostCalls.push('beforeChange')
        return { ...data, stamp: 'set by the host hook' }
      },
    ],
  },
}

describe.each(databasesUnderTest())('plugin on %s', (db) => {
  describe('with default options', () => {
    let payload: Payload
    beforeAll(async () => {
      payload = await startTestPayload({ db })
    })
    afterAll(() => stopTestPayload(payload))

    it('adds its collections', () => {
      for (const slug of ['topical-maps', 'briefs', 'prompt-kits', 'articles', 'generations']) {
        expect(payload.collections[slug]).toBeDefined()
      }
    })

    it('seeds the default kit once', async () => {
      const kits = await payload.find({ collection: 'prompt-kits', where: { slug: { equals: defaultKit.slug } } })
      expect(kits.totalDocs).toBe(1)
      expect(kits.docs[0]!.phases).toHaveLength(12)
      const { ensureDefaultKit } = await import('../../src/kit/ensureDefaultKit.js')
      const { getPromptKitOptions } = await import('../../src/pluginOptions.js')
      await ensureDefaultKit(payload, getPromptKitOptions(payload))
      const again = await payload.count({ collection: 'prompt-kits' })
      expect(again.totalDocs).toBe(1)
    })

    it('rejects a kit with an unknown variable, naming the phase', async () => {
      const attempt = payload.create({
        collection: 'prompt-kits',
        data: {
          name: 'Broken',
          phases: [{ key: 'outline', group: 'planning', outputKind: 'outline', template: 'Outline {{titel}}', title: 'Outline' }],
        },
      })
      await expect(attempt).rejects.toThrow(ValidationError)
      await expect(attempt).rejects.toMatchObject({
        data: { errors: [expect.objectContaining({ message: expect.stringContaining('phase "outline" uses unknown variable {{titel}}'), path: 'phases.0.template' })] },
      })
    })

    it('rejects a kit whose dependencies form a cycle or name a missing phase', async () => {
      const phase = (key: string, dependsOn: string[]) => ({ key, dependsOn, group: 'writing', outputKind: 'notes', template: 'x', title: key })
      expect(
        await validationMessages(
          payload.create({ collection: 'prompt-kits', data: { name: 'Cycle', phases: [phase('a', ['b']), phase('b', ['a'])] } }),
        ),
      ).toEqual(['phases.0.dependsOn: phases form a dependency cycle: a → b → a'])
      expect(
        await validationMessages(
          payload.create({ collection: 'prompt-kits', data: { name: 'Missing', phases: [phase('a', ['ghost'])] } }),
        ),
      ).toEqual(['phases.0.dependsOn: phase "a" depends on "ghost", which is not a phase of this kit'])
      const count = await payload.count({ collection: 'prompt-kits' })
      expect(count.totalDocs).toBe(1)
    })

    it('validates briefs: title, primary keyword, intent and a positive whole word target', async () => {
      expect(await validationMessages(payload.create({ collection: 'briefs', data: { title: 'No keyword' } as never }))).toEqual([
        expect.stringMatching(/^primaryKeyword: /),
      ])
      expect(
        await validationMessages(payload.create({ collection: 'briefs', data: { title: 'T', primaryKeyword: 'k', wordTarget: 12.5 } })),
      ).toEqual(['wordTarget: Word target must be a positive whole number.'])
      expect(
        await validationMessages(payload.create({ collection: 'briefs', data: { title: 'T', primaryKeyword: 'k', wordTarget: -3 } })),
      ).toEqual([expect.stringMatching(/^wordTarget: /)])
      expect(
        await validationMessages(
          payload.create({ collection: 'briefs', data: { title: 'T', primaryKeyword: 'k', searchIntent: 'curious' as never } }),
        ),
      ).toEqual([expect.stringMatching(/^searchIntent: /)])
      const brief = await payload.create({ collection: 'briefs', data: { title: 'Good Brief!', primaryKeyword: 'k', wordTarget: 900 } })
      expect(brief.slug).toBe('good-brief')
    })

    it('hides generations from anonymous users and drafts from the public', async () => {
      await expect(payload.find({ collection: 'generations', overrideAccess: false })).rejects.toThrow(/not allowed/i)
      const user = await createUser(payload)
      await expect(payload.find({ collection: 'generations', overrideAccess: false, user })).resolves.toMatchObject({ totalDocs: 0 })
      await expect(
        payload.create({ collection: 'generations', data: { phase: 'x', status: 'succeeded' }, overrideAccess: false, user }),
      ).rejects.toThrow(/not allowed/i)

      const draft = await payload.create({ collection: 'articles', data: { title: 'Draft article', _status: 'draft' }, draft: true })
      // Publishing passes the pre-publish checklist only with a complete article.
      const brief = await createPublishableBrief(payload)
      await payload.create({
        collection: 'articles',
        data: publishableArticle({ _status: 'published', brief: brief.id, title: 'Live article on CI vs CD' }) as never,
      })
      const publicView = await payload.find({ collection: 'articles', overrideAccess: false })
      expect(publicView.docs.map((d) => d.title)).toEqual(['Live article on CI vs CD'])
      await expect(payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: false, draft: true })).rejects.toThrow()
      const editorView = await payload.find({ collection: 'articles', draft: true, overrideAccess: false, user })
      expect(editorView.totalDocs).toBe(2)
    })

    it('never stores the configured API key in a generation', async () => {
      const { getPromptKitOptions } = await import('../../src/pluginOptions.js')
      const secret = 'sk-test-secret-value-123456'
      getPromptKitOptions(payload).llm.apiKey = secret
      const doc = await payload.create({
        collection: 'generations',
        data: { error: `401 Incorrect API key provided: ${secret}`, messages: [{ content: `key ${secret}` }], phase: 'outline', status: 'failed' },
      })
      expect(JSON.stringify(doc)).not.toContain(secret)
      expect(doc.error).toContain('[redacted]')
      getPromptKitOptions(payload).llm.apiKey = undefined
    })
  })

  describe('merged into a host `posts` collection', () => {
    let payload: Payload
    beforeAll(async () => {
      payload = await startTestPayload({ collections: [posts], db, plugin: { articles: { collection: 'posts' } } })
    })
    afterAll(() => stopTestPayload(payload))

    it('does not add its own articles collection', () => {
      expect(payload.collections.articles).toBeUndefined()
    })

    it('keeps the host hook and fields, and adds the article fields', async () => {
      hostCalls.length = 0
      const post = await payload.create({
        collection: 'posts',
        data: {
          title: 'Hosted',
          faq: [{ question: 'Q?', answer: 'A.' }],
          meta: { title: 'Meta title', ogTitle: 'OG title' },
        },
      })
      expect(hostCalls).toEqual(['beforeChange'])
      expect(post.stamp).toBe('set by the host hook')
      expect(post.faq).toEqual([expect.objectContaining({ question: 'Q?', answer: 'A.' })])
      expect(post.meta).toMatchObject({ title: 'Meta title', ogTitle: 'OG title' })
      expect(post.slug).toBe('hosted')
      const fieldNames = payload.collections.posts.config.flattenedFields.map((f) => f.name)
      expect(fieldNames.filter((n) => n === 'title')).toHaveLength(1)
      expect(fieldNames.filter((n) => n === 'meta')).toHaveLength(1)
      expect(payload.collections.posts.config.versions?.drafts).toBeTruthy()
    })
  })

  describe('disabled', () => {
    let payload: Payload
    beforeAll(async () => {
      payload = await startTestPayload({ db, plugin: { disabled: true } })
    })
    afterAll(() => stopTestPayload(payload))

    it('keeps the schema but seeds nothing and mounts no endpoints of its own', async () => {
      expect(payload.collections.briefs).toBeDefined()
      expect(payload.collections.articles.config.fields.length).toBeGreaterThan(0)
      expect((await payload.count({ collection: 'prompt-kits' })).totalDocs).toBe(0)
      const paths = (payload.collections.briefs.config.endpoints || []).map((e) => e.path)
      expect(paths).not.toContain('/import')
    })
  })
})
