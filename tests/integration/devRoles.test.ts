/**
 * The dev app's users and roles, on the dev config itself (as devApp.test.ts builds it): the first
 * user and the seeded dev user are admins, an admin creates an editor from the admin (REST, as the
 * admin panel does), an editor can neither create users nor promote themself, and the plugin's
 * publish override follows the roles: an admin may override, an editor may not.
 */
import type { Payload } from 'payload'

import { getPayload, handleEndpoints } from 'payload'

import { devConfig } from '../../dev/devConfig.js'
import { DEV_ADMIN_EMAIL, ensureDevUser } from '../../dev/seed/devUser.js'
import { databasesUnderTest, freshDatabase, reportSkippedDatabases, uniqueName } from '../support/databases.js'
import { createPublishableBrief, publishableArticle } from '../support/publishableArticle.js'
import { stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

type Doc = Record<string, any> & { id: number | string }

const password = 'correct-horse-battery'

describe.each(databasesUnderTest())('dev app roles on %s', (db) => {
  let payload: Payload
  let key: string

  /** A REST call through Payload's own handler, as the admin panel makes it. */
  const rest = async (method: string, path: string, { body, token }: { body?: unknown; token?: string } = {}) => {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    if (token) headers.set('Authorization', `JWT ${token}`)
    const request = new Request(new URL(`/api${path}`, 'http://localhost:3000'), {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers,
      method,
    })
    const response = await handleEndpoints({ config: payload.config, payloadInstanceCacheKey: key, request })
    return { body: (await response.json()) as Doc, status: response.status }
  }
  const login = async (email: string) => (await rest('POST', '/users/login', { body: { email, password } })).body.token as string
  const rolesOf = async (id: Doc['id']) =>
    ((await payload.findByID({ collection: 'users', depth: 0, id })) as Doc).roles as string[]

  let adminToken: string
  let editor: Doc
  let editorToken: string

  beforeAll(async () => {
    key = uniqueName('dev-roles')
    // No onInit: the seed's kit and brief are not needed; the dev user is created below.
    payload = await getPayload({ config: devConfig(freshDatabase(db)), disableOnInit: true, key })
  })
  afterAll(() => stopTestPayload(payload))

  it('makes the first user of an empty database (the create-first-user form) an admin', async () => {
    const registered = await rest('POST', '/users/first-register', {
      body: { email: `first-${db}@example.com`, password, roles: ['editor'] },
    })
    expect(registered.status).toBe(200)
    expect(await rolesOf(registered.body.user.id)).toEqual(['admin', 'editor'])
  })

  it('seeds the dev user as an admin, and gives an older dev user without roles its admin role back', async () => {
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    await ensureDevUser(payload, 'users')
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: DEV_ADMIN_EMAIL } } })
    expect(docs.map((user) => (user as Doc).roles)).toEqual([['admin']])

    await payload.update({ collection: 'users', data: { roles: [] }, id: docs[0]!.id })
    await ensureDevUser(payload, 'users')
    expect(await rolesOf(docs[0]!.id)).toEqual(['admin'])
    await payload.update({ collection: 'users', data: { password }, id: docs[0]!.id })
    adminToken = await login(DEV_ADMIN_EMAIL)
  })

  it('lets an admin create an editor from the admin', async () => {
    const created = await rest('POST', '/users', {
      body: { email: `editor-${db}@example.com`, name: 'Ed Itor', password, roles: ['editor'] },
      token: adminToken,
    })
    expect(created.status).toBe(201)
    editor = created.body.doc
    expect(await rolesOf(editor.id)).toEqual(['editor'])
    editorToken = await login(`editor-${db}@example.com`)
  })

  it('gives a user an admin creates without roles the editor role', async () => {
    const created = await rest('POST', '/users', { body: { email: `plain-${db}@example.com`, password }, token: adminToken })
    expect(created.status).toBe(201)
    expect(await rolesOf(created.body.doc.id)).toEqual(['editor'])
  })

  it('does not let an editor promote themself, create users or edit others', async () => {
    const promoted = await rest('PATCH', `/users/${editor.id}`, {
      body: { name: 'Ed Promoted', roles: ['admin', 'editor'] },
      token: editorToken,
    })
    // The save goes through (the name is theirs to change); the roles are silently kept.
    expect(promoted.status).toBe(200)
    expect(await rolesOf(editor.id)).toEqual(['editor'])
    expect(((await payload.findByID({ collection: 'users', id: editor.id })) as Doc).name).toBe('Ed Promoted')

    const created = await rest('POST', '/users', {
      body: { email: `sneaky-${db}@example.com`, password, roles: ['admin'] },
      token: editorToken,
    })
    expect(created.status).toBe(403)
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: DEV_ADMIN_EMAIL } } })
    const others = await rest('PATCH', `/users/${docs[0]!.id}`, { body: { roles: ['editor'] }, token: editorToken })
    expect(others.status).toBe(403)
    expect(await rolesOf(docs[0]!.id)).toEqual(['admin'])
  })

  it('lets an admin promote an editor and take the role back', async () => {
    const promoted = await rest('PATCH', `/users/${editor.id}`, { body: { roles: ['admin', 'editor'] }, token: adminToken })
    expect(promoted.status).toBe(200)
    expect(await rolesOf(editor.id)).toEqual(['admin', 'editor'])
    await rest('PATCH', `/users/${editor.id}`, { body: { roles: ['editor'] }, token: adminToken })
    expect(await rolesOf(editor.id)).toEqual(['editor'])
  })

  describe('the publish override', () => {
    let brief: Doc | undefined
    /** A draft the gate refuses: the title lacks the keyword. */
    const failingDraft = async (slug: string) => {
      brief ??= (await createPublishableBrief(payload)) as Doc
      return (await payload.create({
        collection: 'articles',
        data: publishableArticle({ brief: brief.id, slug, title: 'Something unrelated' }),
        draft: true,
      })) as Doc
    }

    it('refuses an editor’s reason with a 403 and publishes nothing', async () => {
      const draft = await failingDraft(`override-editor-${db}`)
      const response = await rest('PATCH', `/articles/${draft.id}`, {
        body: { _status: 'published', publishOverride: { reason: 'Deadline.' } },
        token: editorToken,
      })
      expect(response.status).toBe(403)
      expect(response.body.errors[0].data.errors[0].path).toBe('publishOverride.reason')
      const stored = (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: draft.id })) as Doc
      expect(stored._status).toBe('draft')
    })

    it('publishes an admin’s override with a reason, recording who', async () => {
      const draft = await failingDraft(`override-admin-${db}`)
      const refused = await rest('PATCH', `/articles/${draft.id}`, { body: { _status: 'published' }, token: adminToken })
      expect(refused.status).toBe(400)
      const response = await rest('PATCH', `/articles/${draft.id}`, {
        body: { _status: 'published', publishOverride: { reason: 'Title agreed with the client.' } },
        token: adminToken,
      })
      expect(response.status).toBe(200)
      const stored = (await payload.findByID({ collection: 'articles', depth: 0, id: draft.id })) as Doc
      const { docs } = await payload.find({ collection: 'users', where: { email: { equals: DEV_ADMIN_EMAIL } } })
      expect(stored).toMatchObject({
        _status: 'published',
        publishOverride: { by: docs[0]!.id, reason: 'Title agreed with the client.' },
      })
    })
  })
})
