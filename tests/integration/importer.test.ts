import type { CollectionBeforeChangeHook, Payload } from 'payload'

import { readFileSync } from 'node:fs'

import { importPromptKitPage, PromptKitImportError } from '../../src/importer/importPromptKitPage.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { loginToken, restRequest } from '../support/rest.js'
import { createUser, startTestPayload, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
const seed = fixture('ci-vs-cd-prompt-kit.txt')
const seedTitle = 'CI vs CD: What Python developers need to know'
const seedTone = 'authoritative, conversational, evidence-based'
/** The seed page about another article of the same map, in another content group. */
const sibling = seed.replaceAll(seedTitle, 'Choosing a CI service for Python').replaceAll('Foundations & Concepts', 'Tooling')

type Doc = { [field: string]: unknown; id: number | string }
/** IDs compare as strings: numbers on SQL, strings on MongoDB. */
const idOf = (value: unknown) => String(typeof value === 'object' && value ? (value as Doc).id : value)

describe.each(databasesUnderTest())('importing a prompt kit page on %s', (db) => {
  let payload: Payload
  let email: string

  beforeAll(async () => {
    payload = await startTestPayload({ db })
    email = String((await createUser(payload)).email)
  })
  afterAll(() => stopTestPayload(payload))

  beforeEach(async () => {
    // Maps first: their pillarBrief points at briefs.
    await payload.delete({ collection: 'topical-maps', where: { id: { exists: true } } })
    await payload.delete({ collection: 'briefs', where: { id: { exists: true } } })
  })

  const counts = async () => ({
    briefs: (await payload.count({ collection: 'briefs' })).totalDocs,
    maps: (await payload.count({ collection: 'topical-maps' })).totalDocs,
  })

  describe('with the Local API', () => {
    it('creates the topical map, the brief and the pillar brief', async () => {
      const result = await importPromptKitPage(payload, seed)
      expect(result.created).toBe(true)

      const map = (await payload.findByID({ collection: 'topical-maps', depth: 0, id: result.topicalMap.id })) as Doc
      expect(map).toMatchObject({
        slug: 'ci-cd-for-python-projects',
        contentGroups: [expect.objectContaining({ name: 'Foundations & Concepts' })],
        pillarTitle: 'Complete Guide to CI/CD for Python Projects',
        title: 'CI/CD for Python Projects',
      })
      expect(idOf(map.pillarBrief)).toBe(idOf(result.pillarBrief))

      const brief = (await payload.findByID({ collection: 'briefs', depth: 0, id: result.brief.id })) as Doc
      expect(brief).toMatchObject({
        slug: 'ci-vs-cd-what-python-developers-need-to-know',
        contentGroup: 'Foundations & Concepts',
        isPillar: false,
        primaryKeyword: 'ci vs cd python',
        searchIntent: 'informational',
        title: seedTitle,
        tone: seedTone,
        wordTarget: 900,
      })
      expect(idOf(brief.topicalMap)).toBe(idOf(map))
      expect(brief.audience).toMatch(/^Intermediate Python developers/)
      expect(brief.angle).toMatch(/^Decision-focused guide/)
      expect(String(brief.overview).split('\n\n')).toHaveLength(4)
      expect(brief.secondaryKeywords).toHaveLength(11)
      expect((brief.secondaryKeywords as { keyword: string }[])[0]!.keyword).toBe('CI vs CD')
      expect(brief.commonMistakes).toHaveLength(5)
      expect(brief.proTips).toHaveLength(8)
      expect((brief.proTips as { text: string }[])[0]!.text).toMatch(/^When comparing CI providers/)

      const pillar = (await payload.findByID({ collection: 'briefs', depth: 0, id: result.pillarBrief!.id })) as Doc
      expect(pillar).toMatchObject({
        isPillar: true,
        primaryKeyword: 'ci/cd for python projects',
        title: 'Complete Guide to CI/CD for Python Projects',
      })
      expect(idOf(pillar.topicalMap)).toBe(idOf(map))
      expect(await counts()).toEqual({ briefs: 2, maps: 1 })
    })

    it('updates instead of duplicating when the same page is imported again', async () => {
      const first = await importPromptKitPage(payload, seed)
      const again = await importPromptKitPage(payload, seed)
      expect(again.created).toBe(false)
      expect(idOf(again.brief)).toBe(idOf(first.brief))
      expect(idOf(again.topicalMap)).toBe(idOf(first.topicalMap))
      expect(idOf(again.pillarBrief)).toBe(idOf(first.pillarBrief))
      expect(again.topicalMap.contentGroups).toHaveLength(1)
      expect(await counts()).toEqual({ briefs: 2, maps: 1 })
    })

    it('updates the brief from a changed page with the same title', async () => {
      const first = await importPromptKitPage(payload, seed)
      const changed = await importPromptKitPage(payload, seed.replace(seedTone, 'playful, concise'))
      expect(changed.created).toBe(false)
      expect(idOf(changed.brief)).toBe(idOf(first.brief))
      const brief = (await payload.findByID({ collection: 'briefs', depth: 0, id: first.brief.id })) as Doc
      expect(brief.tone).toBe('playful, concise')
      expect(brief.secondaryKeywords).toHaveLength(11)
      expect(await counts()).toEqual({ briefs: 2, maps: 1 })
    })

    it('adds a second page to the same map, merging its content group and keeping the pillar brief', async () => {
      const first = await importPromptKitPage(payload, seed)
      const second = await importPromptKitPage(payload, sibling)
      expect(second.created).toBe(true)
      expect(idOf(second.topicalMap)).toBe(idOf(first.topicalMap))
      expect(idOf(second.pillarBrief)).toBe(idOf(first.pillarBrief))
      expect((second.topicalMap.contentGroups as { name: string }[]).map((g) => g.name)).toEqual([
        'Foundations & Concepts',
        'Tooling',
      ])
      expect(await counts()).toEqual({ briefs: 3, maps: 1 })
    })

    it('never replaces a pillar brief the map already has', async () => {
      const map = await payload.create({ collection: 'topical-maps', data: { title: 'CI/CD for Python Projects' } })
      const ours = await payload.create({
        collection: 'briefs',
        data: { primaryKeyword: 'python ci/cd', title: 'Our own pillar', topicalMap: map.id },
      })
      await payload.update({ collection: 'topical-maps', data: { pillarBrief: ours.id }, id: map.id })

      const result = await importPromptKitPage(payload, seed)
      expect(idOf(result.topicalMap)).toBe(idOf(map))
      expect(idOf(result.pillarBrief)).toBe(idOf(ours))
      expect(idOf(result.topicalMap.pillarBrief)).toBe(idOf(ours))
      expect(result.topicalMap.pillarTitle).toBe('Complete Guide to CI/CD for Python Projects')
      const guides = await payload.count({
        collection: 'briefs',
        where: { slug: { equals: 'complete-guide-to-ci-cd-for-python-projects' } },
      })
      expect(guides.totalDocs).toBe(0)
    })

    it('throws PromptKitImportError on text it cannot read and creates nothing', async () => {
      await importPromptKitPage(payload, seed)
      const before = await counts()
      for (const text of ['', fixture('random-prose.txt'), fixture('no-brief-prompt-kit.txt')]) {
        const attempt = importPromptKitPage(payload, text)
        await expect(attempt).rejects.toBeInstanceOf(PromptKitImportError)
        await expect(attempt).rejects.toMatchObject({ missing: expect.arrayContaining(['primary keyword']) })
      }
      expect(await counts()).toEqual(before)
    })

    // The harness' SQLite adapter has no transactions (no `transactionOptions`), so only
    // PostgreSQL and MongoDB can show a rollback.
    ;(db === 'sqlite' ? it.skip : it)('rolls back every write when one fails half-way', async () => {
      const hooks = payload.collections.briefs.config.hooks
      const explode: CollectionBeforeChangeHook = ({ data }) => {
        if (data.title === seedTitle) throw new Error('boom')
        return data
      }
      hooks.beforeChange = [...(hooks.beforeChange ?? []), explode]
      try {
        await expect(importPromptKitPage(payload, seed)).rejects.toThrow('boom')
      } finally {
        hooks.beforeChange = hooks.beforeChange.filter((hook) => hook !== explode)
      }
      // The map was written before the brief failed; the rollback removed it.
      expect(await counts()).toEqual({ briefs: 0, maps: 0 })
    })
  })

  describe('over REST: POST /api/briefs/import', () => {
    let token: string
    beforeAll(async () => {
      token = await loginToken(payload, email)
    })

    const post = (body: unknown, options: { contentType?: string; token?: string } = {}) =>
      restRequest(payload, 'post', '/briefs/import', { body, ...options })

    it('answers 401 without a user', async () => {
      const response = await post({ text: seed })
      expect(response.status).toBe(401)
      expect(await counts()).toEqual({ briefs: 0, maps: 0 })
    })

    it('answers 400 naming `text` when the body has no text', async () => {
      for (const body of [{}, { text: '' }]) {
        const response = await post(body, { token })
        expect(response.status).toBe(400)
        const { errors } = (await response.json()) as { errors: { field?: string; message: string }[] }
        expect(errors).toEqual([expect.objectContaining({ field: 'text', message: expect.stringMatching(/^text: /) })])
      }
      const empty = await post('', { token })
      expect(empty.status).toBe(400)
      expect(((await empty.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('text')
    })

    it('answers 400 naming `text` and what is missing for text it cannot read', async () => {
      const response = await post({ text: fixture('random-prose.txt') }, { token })
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({
        errors: [
          {
            field: 'text',
            message: expect.stringMatching(/^Could not find .*: .*primary keyword, topical map$/),
          },
        ],
      })
      expect(await counts()).toEqual({ briefs: 0, maps: 0 })
    })

    it('answers 201 for a new brief, then 200 when the same page (as text/plain) updates it', async () => {
      const created = await post({ text: seed }, { token })
      expect(created.status).toBe(201)
      const first = (await created.json()) as { brief: Doc; pillarBrief: Doc; topicalMap: Doc }
      expect(first.brief).toMatchObject({ primaryKeyword: 'ci vs cd python', title: seedTitle })
      expect(first.topicalMap).toMatchObject({ title: 'CI/CD for Python Projects' })
      expect(first.pillarBrief).toMatchObject({ isPillar: true })

      const updated = await post(seed.replace(seedTone, 'warm'), { token })
      expect(updated.status).toBe(200)
      const second = (await updated.json()) as { brief: Doc }
      expect(idOf(second.brief)).toBe(idOf(first.brief))
      expect(second.brief.tone).toBe('warm')
      expect(await counts()).toEqual({ briefs: 2, maps: 1 })
    })

    it("answers 403 when the briefs collection's create access refuses the user", async () => {
      const access = payload.collections.briefs.config.access
      const create = access.create
      access.create = () => false
      try {
        const response = await post({ text: seed }, { token })
        expect(response.status).toBe(403)
      } finally {
        access.create = create
      }
      expect(await counts()).toEqual({ briefs: 0, maps: 0 })
    })
  })

  describe('with custom slugs', () => {
    let custom: Payload
    beforeAll(async () => {
      custom = await startTestPayload({ db, plugin: { slugs: { briefs: 'article-briefs', topicalMaps: 'maps' } } })
    })
    afterAll(() => stopTestPayload(custom))

    it('writes to the slugs the plugin stored in the config, also over REST', async () => {
      const result = await importPromptKitPage(custom, seed)
      expect((await custom.count({ collection: 'article-briefs' })).totalDocs).toBe(2)
      expect(idOf((await custom.findByID({ collection: 'maps', id: result.topicalMap.id })).pillarBrief)).toBe(
        idOf(result.pillarBrief),
      )

      const user = await createUser(custom)
      const token = await loginToken(custom, String(user.email))
      const response = await restRequest(custom, 'post', '/article-briefs/import', { body: sibling, token })
      expect(response.status).toBe(201)
      expect((await custom.count({ collection: 'article-briefs' })).totalDocs).toBe(3)
    })
  })
})
