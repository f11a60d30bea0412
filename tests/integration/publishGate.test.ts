import type { Payload } from 'payload'

import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import type { PublishGateFailure } from '../../src/gate/PublishGateError.js'

import { PublishGateError } from '../../src/gate/PublishGateError.js'
import { publishIfGatePasses } from '../../src/gate/publishIfGatePasses.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { graphqlRequest } from '../support/graphql.js'
import {
  createPublishableBrief,
  heading,
  linkParagraph,
  paragraph,
  publishableArticle,
  richText,
} from '../support/publishableArticle.js'
import { loginToken, restRequest } from '../support/rest.js'
import { createUser, startTestPayload, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

type Doc = Record<string, any> & { id: number | string }

/** What the gate must list for `badChanges` (with a link to a draft), in checklist order. */
const expectedFailures = [
  'meta-title-length',
  'meta-description-length',
  'single-h1',
  'heading-levels',
  'keyword-in-title',
  'keyword-in-meta-description',
  'keyword-in-h2',
  'faq-present',
  'internal-links-published',
]

const badChanges = (draftTarget: number | string) => ({
  // A link in the text to a draft would not be a link on the page: refused. The row to it waits (a warning).
  body: richText(heading('h1', 'A second H1'), heading('h3', 'Skipped a level'), paragraph('Text.'), linkParagraph('see the draft', 'articles', draftTarget)),
  eeat: [{ kind: 'study', text: 'An LLM-suggested statistic: 87% of teams…', verified: false }],
  faq: [],
  internalLinks: [{ anchorText: 'an unpublished draft', article: draftTarget }],
  meta: { description: 'Too short to be a description.', title: 'Short' },
  title: 'Something unrelated',
})

describe.each(databasesUnderTest())('pre-publish gate on %s', (db) => {
  let payload: Payload
  let admin: Doc
  let editor: Doc
  let adminToken: string
  let editorToken: string
  let brief: { id: number | string }
  let draftTarget: Doc
  let n = 0

  beforeAll(async () => {
    payload = await startTestPayload({
      db,
      plugin: {
        // The harness's users have no roles field.
        gate: { isAdmin: (user) => String((user as { email?: unknown }).email).startsWith('admin') },
        seedDefaultKit: false,
      },
    })
    admin = (await createUser(payload, 'admin@example.com')) as Doc
    editor = (await createUser(payload, 'editor@example.com')) as Doc
    adminToken = await loginToken(payload, 'admin@example.com')
    editorToken = await loginToken(payload, 'editor@example.com')
    brief = await createPublishableBrief(payload)
    draftTarget = (await payload.create({
      collection: 'articles',
      data: { slug: 'draft-target', title: 'Not published yet' },
      draft: true,
    })) as Doc
  })
  afterAll(() => stopTestPayload(payload))

  const createDraft = async (overrides: Record<string, unknown> = {}) =>
    (await payload.create({
      collection: 'articles',
      data: publishableArticle({ brief: brief.id, slug: `gate-${db}-${++n}`, ...overrides }),
      depth: 0,
      draft: true,
    })) as Doc
  const createBadDraft = () => createDraft(badChanges(draftTarget.id))
  const readPublished = async (id: number | string) =>
    (await payload.findByID({ collection: 'articles', depth: 0, id, overrideAccess: true })) as Doc
  const readLatest = async (id: number | string) =>
    (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id })) as Doc
  const failureIds = (failures: PublishGateFailure[]) => failures.map((f) => f.id)
  const publishLocal = (id: number | string, data: Record<string, unknown> = {}, user?: Doc) =>
    payload.update({
      collection: 'articles',
      data: { _status: 'published', ...data },
      depth: 0,
      id,
      ...(user ? { user } : {}),
    })

  describe('a publishable article', () => {
    it('publishes through the Local API, on update and on create', async () => {
      const draft = await createDraft()
      expect(draft._status).toBe('draft')
      const published = (await publishLocal(draft.id)) as Doc
      expect(published._status).toBe('published')
      expect((await readPublished(draft.id))._status).toBe('published')

      const created = (await payload.create({
        collection: 'articles',
        data: publishableArticle({ _status: 'published', brief: brief.id, slug: `gate-${db}-created` }),
      })) as Doc
      expect(created._status).toBe('published')
    })

    it('publishes over REST the way the admin does (PATCH with _status: published)', async () => {
      const draft = await createDraft()
      const response = await restRequest(payload, 'PATCH', `/articles/${draft.id}`, {
        body: { _status: 'published' },
        token: editorToken,
      })
      expect(response.status).toBe(200)
      expect(((await response.json()) as { doc: Doc }).doc._status).toBe('published')
      expect((await readPublished(draft.id))._status).toBe('published')
    })

    it('publishes with a related-links row to a draft (it waits), not with a link in the text to one', async () => {
      const target = await createDraft()
      const waiting = await createDraft({ internalLinks: [{ anchorText: 'related', article: target.id }] })
      expect(((await publishLocal(waiting.id)) as Doc)._status).toBe('published')
      const inText = await createDraft({ body: richText(heading('h2', 'CI vs CD in practice'), linkParagraph('related', 'articles', target.id)) })
      await expect(publishLocal(inText.id)).rejects.toMatchObject({
        failures: [expect.objectContaining({ id: 'internal-links-published', path: 'body' })],
      })
      await publishLocal(target.id)
      expect(((await publishLocal(inText.id)) as Doc)._status).toBe('published')
    })
  })

  describe('a failing article', () => {
    it('saves as a draft: drafts are never gated', async () => {
      const response = await restRequest(payload, 'POST', '/articles?draft=true', {
        body: publishableArticle({
          ...badChanges(draftTarget.id),
          brief: brief.id,
          slug: `gate-${db}-bad-rest`,
        }),
        token: editorToken,
      })
      expect(response.status).toBe(201)
    })

    it('is refused over REST with a 400 listing every failed check, and stays a draft', async () => {
      const draft = await createBadDraft()
      const response = await restRequest(payload, 'PATCH', `/articles/${draft.id}`, {
        body: { _status: 'published' },
        token: editorToken,
      })
      expect(response.status).toBe(400)
      const body = (await response.json()) as {
        errors: Array<{ data: { errors: PublishGateFailure[] }; message: string; name: string }>
      }
      expect(body.errors).toHaveLength(1)
      const [error] = body.errors
      expect(error!.name).toBe('PublishGateError')
      expect(error!.message).toMatch(
        /^Publishing blocked by the pre-publish checklist: Meta title length, Meta description length, /,
      )
      expect(failureIds(error!.data.errors)).toEqual(expectedFailures)
      // The unverified study is left off the page: a warning, never one of the blocking errors.
      expect(error!.data.errors.filter((e) => e.id.startsWith('eeat-'))).toEqual([])
      expect((await readPublished(draft.id))._status).toBe('draft')
    })

    it('is refused through the Local API with a PublishGateError, on update and on create', async () => {
      const draft = await createBadDraft()
      const error = await publishLocal(draft.id).catch((err: unknown) => err)
      expect(error).toBeInstanceOf(PublishGateError)
      expect(failureIds((error as PublishGateError).failures)).toEqual(expectedFailures)

      const before = await payload.count({ collection: 'articles' })
      await expect(
        payload.create({
          collection: 'articles',
          data: publishableArticle({
            ...badChanges(draftTarget.id),
            _status: 'published',
            brief: brief.id,
            slug: `gate-${db}-bad-create`,
          }),
        }),
      ).rejects.toBeInstanceOf(PublishGateError)
      expect(await payload.count({ collection: 'articles' })).toEqual(before)
    })

    it('leaves the published version unchanged when an edit is refused', async () => {
      const article = await createDraft()
      await publishLocal(article.id)
      const live = await readPublished(article.id)

      // An edit sent straight to the published version (no draft flag, no _status) is gated too:
      // Payload fills `_status: 'published'` from the stored document.
      const direct = await restRequest(payload, 'PATCH', `/articles/${article.id}`, {
        body: { faq: [] },
        token: editorToken,
      })
      expect(direct.status).toBe(400)

      // A draft with a bad meta title saves; publishing it is refused.
      const draftSave = await restRequest(payload, 'PATCH', `/articles/${article.id}?draft=true`, {
        body: { meta: { title: 'Too short' } },
        token: editorToken,
      })
      expect(draftSave.status).toBe(200)
      const refused = await restRequest(payload, 'PATCH', `/articles/${article.id}`, {
        body: { _status: 'published' },
        token: editorToken,
      })
      expect(refused.status).toBe(400)
      const failures = (
        (await refused.json()) as { errors: Array<{ data: { errors: PublishGateFailure[] } }> }
      ).errors[0]!.data.errors
      expect(failureIds(failures)).toEqual(['meta-title-length'])

      const after = await readPublished(article.id)
      expect(after._status).toBe('published')
      expect(after.meta.title).toBe(live.meta.title)
      expect(after.faq).toHaveLength(live.faq.length)
      expect((await readLatest(article.id)).meta.title).toBe('Too short')
    })

    it('is refused over GraphQL with the list in the error extensions', async () => {
      const draft = await createBadDraft()
      const idType = typeof draft.id === 'number' ? 'Int' : 'String'
      const { body } = await graphqlRequest(
        payload,
        `mutation ($id: ${idType}!) { updateArticle(id: $id, data: { _status: published }) { id _status } }`,
        { token: editorToken, variables: { id: draft.id } },
      )
      expect(body.errors?.[0]?.extensions).toMatchObject({ name: 'PublishGateError', statusCode: 400 })
      expect(failureIds(body.errors![0]!.extensions!.data.errors)).toEqual(expectedFailures)
      expect((await readPublished(draft.id))._status).toBe('draft')
    })
  })

  describe('admin override', () => {
    it('publishes with a written reason from an admin, recording who and when', async () => {
      const draft = await createBadDraft()
      const start = Date.now()
      const response = await restRequest(payload, 'PATCH', `/articles/${draft.id}`, {
        body: {
          _status: 'published',
          publishOverride: { reason: 'Launch-day announcement; checks fixed tomorrow.' },
        },
        token: adminToken,
      })
      expect(response.status).toBe(200)
      const live = await readPublished(draft.id)
      expect(live._status).toBe('published')
      expect(live.publishOverride).toMatchObject({
        by: admin.id,
        reason: 'Launch-day announcement; checks fixed tomorrow.',
      })
      expect(Date.parse(live.publishOverride.at)).toBeGreaterThanOrEqual(start - 1000)

      // The reason was used: the next publish of a still-failing article is gated again…
      const again = await restRequest(payload, 'PATCH', `/articles/${draft.id}`, {
        body: { _status: 'published', title: 'Still bad' },
        token: adminToken,
      })
      expect(again.status).toBe(400)
      // …until an admin writes a new reason (here through the Local API, as that admin).
      const overridden = (await publishLocal(
        draft.id,
        { publishOverride: { reason: 'Second exception.' }, title: 'Still bad' },
        admin,
      )) as Doc
      expect(overridden.publishOverride).toMatchObject({ by: admin.id, reason: 'Second exception.' })
    })

    it('refuses a reason from a non-admin with a 403 naming publishOverride, and publishes nothing', async () => {
      const draft = await createBadDraft()
      const response = await restRequest(payload, 'PATCH', `/articles/${draft.id}`, {
        body: { _status: 'published', publishOverride: { reason: 'I say so.' } },
        token: editorToken,
      })
      expect(response.status).toBe(403)
      const body = (await response.json()) as {
        errors: Array<{ data: { errors: Array<{ path: string }> }; message: string }>
      }
      expect(body.errors[0]!.message).toMatch(/publishOverride/)
      expect(body.errors[0]!.data.errors[0]!.path).toBe('publishOverride.reason')
      expect((await readPublished(draft.id))._status).toBe('draft')
      expect((await readLatest(draft.id)).publishOverride?.reason ?? null).toBeNull()

      // Nor can anyone write `by` or `at` over the API.
      const forged = await restRequest(payload, 'PATCH', `/articles/${draft.id}?draft=true`, {
        body: { publishOverride: { at: '2020-01-01T00:00:00.000Z', by: editor.id } },
        token: editorToken,
      })
      expect(forged.status).toBe(200)
      // Unset, whatever the database stores for it (null columns in SQL, absent keys in MongoDB).
      const { at, by } = (await readLatest(draft.id)).publishOverride ?? {}
      expect({ at: at ?? null, by: by ?? null }).toEqual({ at: null, by: null })
    })

    it('does not let a non-admin publish with a reason an admin left pending', async () => {
      const draft = await createBadDraft()
      await payload.update({
        collection: 'articles',
        data: { publishOverride: { reason: 'Pre-approved by legal.' } },
        draft: true,
        id: draft.id,
        user: admin,
      })
      const byEditor = await restRequest(payload, 'PATCH', `/articles/${draft.id}`, {
        body: { _status: 'published' },
        token: editorToken,
      })
      expect(byEditor.status).toBe(400)
      const byAdmin = await restRequest(payload, 'PATCH', `/articles/${draft.id}`, {
        body: { _status: 'published' },
        token: adminToken,
      })
      expect(byAdmin.status).toBe(200)
      expect((await readPublished(draft.id)).publishOverride).toMatchObject({
        by: admin.id,
        reason: 'Pre-approved by legal.',
      })
    })
  })

  describe('publishIfGatePasses (autoPublish)', () => {
    it('publishes a passing draft', async () => {
      const draft = await createDraft()
      await expect(publishIfGatePasses(payload, draft.id)).resolves.toEqual({ failures: [], published: true })
      expect((await readPublished(draft.id))._status).toBe('published')
    })

    it('leaves a failing article a draft and returns the failures', async () => {
      const draft = await createBadDraft()
      const result = await publishIfGatePasses(payload, draft.id)
      expect(result.published).toBe(false)
      expect(failureIds(result.failures)).toEqual(expectedFailures)
      expect((await readPublished(draft.id))._status).toBe('draft')
    })

    it('never rolls back the transaction of the caller’s req', async () => {
      const draft = await createBadDraft()
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      const brief = await createPublishableBrief(payload, { keyword: 'kept in the caller transaction', req })
      expect(await publishIfGatePasses(payload, draft.id, { req })).toMatchObject({ published: false })
      await commitTransaction(req)
      expect(await payload.count({ collection: 'briefs', where: { id: { equals: brief.id } } })).toEqual({
        totalDocs: 1,
      })
    })

    it('never spends an admin’s pending override, even when the req is an admin’s', async () => {
      const draft = await createBadDraft()
      await payload.update({
        collection: 'articles',
        data: { publishOverride: { reason: 'For a later manual publish.' } },
        draft: true,
        id: draft.id,
        user: admin,
      })
      const req = await createLocalReq({ user: { ...admin, collection: 'users' } as never }, payload)
      expect(await publishIfGatePasses(payload, draft.id, { req })).toMatchObject({ published: false })
      expect(req.user).toMatchObject({ id: admin.id })
      expect((await readLatest(draft.id)).publishOverride).toMatchObject({
        at: null,
        reason: 'For a later manual publish.',
      })
    })

    it('rethrows errors that are not the gate', async () => {
      await expect(
        publishIfGatePasses(
          payload,
          typeof draftTarget.id === 'number' ? 987654 : '0123456789abcdef01234567',
        ),
      ).rejects.toThrow(/not found/i)
    })
  })
})

// A separate top-level block: its Payload starts after the one above has stopped.
describe.each(databasesUnderTest())('pre-publish gate with the plugin disabled on %s', (db) => {
  let payload: Payload
  const force = process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
  beforeAll(async () => {
    // Same schema as above (disabling keeps it), and drizzle skips pushing a schema it pushed
    // before in this process, which would leave this fresh database without tables.
    process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
    payload = await startTestPayload({ db, plugin: { disabled: true, seedDefaultKit: false } })
  })
  afterAll(async () => {
    if (force === undefined) delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
    else process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = force
    await stopTestPayload(payload)
  })

  it('does not gate publishing', async () => {
    const doc = (await payload.create({
      collection: 'articles',
      data: { _status: 'published', slug: 'anything', title: 'Anything goes' },
    })) as Doc
    expect(doc._status).toBe('published')
    // Without the gate's hooks it would publish unchecked, so it refuses.
    await expect(publishIfGatePasses(payload, doc.id)).rejects.toThrow(/disabled/)
  })
})
