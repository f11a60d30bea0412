import type { Payload, Where } from 'payload'

import { applyFilters, emptyFilters, filtersFromWhere, kitPhasesQuery, phaseKeysOf } from '../../src/components/GenerationsFiltersWhere.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { loginToken, restRequest } from '../support/rest.js'
import { createUser, startTestPayload, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }

/** `where` as the admin's list view puts it in the URL: `where[or][0][and][0][phase][equals]=…`. */
const toQuery = (value: unknown, prefix: string): string[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => toQuery(inner, `${prefix}[${key}]`))
    : [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]

describe.each(databasesUnderTest())('the generations list on %s', (db) => {
  let payload: Payload
  let token: string
  let articles: Doc[]
  beforeAll(async () => {
    payload = await startTestPayload({ db, plugin: { seedDefaultKit: false } })
    const user = await createUser(payload)
    token = await loginToken(payload, String(user.email))
    articles = []
    for (const title of ['First', 'Second']) {
      articles.push((await payload.create({ collection: 'articles', data: { title }, draft: true })) as Doc)
    }
    const rows: [number, string, string, string][] = [
      [0, 'outline', 'succeeded', 'gpt-4o-mini'],
      [0, 'outline', 'failed', 'gpt-4o-mini'],
      [0, 'body', 'failed', 'llama3.1:8b'],
      [1, 'outline', 'failed', 'llama3.1:8b'],
      [1, 'faq', 'cached', 'gpt-4o-mini'],
    ]
    for (const [i, [article, phase, status, model]] of rows.entries()) {
      await payload.create({
        collection: 'generations',
        data: { article: articles[article]!.id, model, phase, run: `run-${i}`, runAttempt: 1, status, totalTokens: 100 * (i + 1) },
      })
    }
  })
  afterAll(() => stopTestPayload(payload))

  const list = async (query: string, auth = true) => {
    const res = await restRequest(payload, 'get', `/generations?depth=0&limit=50&${query}`, { token: auth ? token : undefined })
    const body = (await res.json()) as { docs?: Doc[] }
    return { docs: body.docs ?? [], status: res.status }
  }
  const summary = (docs: Doc[]) => docs.map((d) => `${String(d.phase)}/${String(d.status)}/${String(d.model)}`).sort()

  it('is configured for filtering: searchable phase, model and run, token and cost columns, quick filters, no blobs in the where-builder', () => {
    const { admin } = payload.collections.generations.config
    expect(admin.listSearchableFields).toEqual(['phase', 'model', 'run'])
    expect(admin.defaultColumns).toEqual(expect.arrayContaining(['phase', 'article', 'status', 'model', 'totalTokens', 'cost']))
    expect(admin.components?.beforeListTable).toEqual([
      expect.objectContaining({ clientProps: expect.objectContaining({ kitsSlug: 'prompt-kits' }), path: 'payload-prompt-kit/client#GenerationsFilters' }),
    ])
    const byName = new Map(payload.collections.generations.config.flattenedFields.map((f) => [f.name, f]))
    for (const name of ['messages', 'params', 'rawOutput', 'parsedOutput', 'validationErrors']) {
      expect((byName.get(name) as { admin?: { disableListFilter?: boolean } }).admin?.disableListFilter).toBe(true)
    }
    for (const name of ['phase', 'status', 'model', 'article']) {
      expect((byName.get(name) as { admin?: { disableListFilter?: boolean } }).admin?.disableListFilter).toBeFalsy()
    }
  })

  it('filters by phase and status through the REST where query', async () => {
    const { docs, status } = await list('where[phase][equals]=outline&where[status][equals]=failed')
    expect(status).toBe(200)
    expect(summary(docs)).toEqual(['outline/failed/gpt-4o-mini', 'outline/failed/llama3.1:8b'])
  })

  it('filters by the where the quick filters build: article, status and part of the model', async () => {
    const where = applyFilters(undefined, { article: String(articles[0]!.id), model: 'llama', phase: '', status: 'failed' })
    const { docs, status } = await list(toQuery(where, 'where').join('&'))
    expect(status).toBe(200)
    expect(summary(docs)).toEqual(['body/failed/llama3.1:8b'])
  })

  it('keeps the where-builder’s own conditions in every OR group and replaces earlier quick filters', async () => {
    const fromBuilder: Where = {
      or: [{ and: [{ phase: { equals: 'body' } }, { totalTokens: { greater_than: 250 } }] }, { and: [{ model: { like: 'gpt' } }] }],
    }
    // The builder's phase and model conditions are quick filters too: the form shows the first group's.
    expect(filtersFromWhere(fromBuilder)).toEqual({ ...emptyFilters, phase: 'body' })
    const where = applyFilters(fromBuilder, { ...emptyFilters, phase: 'outline', status: 'failed' })
    expect(where).toEqual({
      or: [
        { and: [{ totalTokens: { greater_than: 250 } }, { phase: { equals: 'outline' } }, { status: { equals: 'failed' } }] },
        { and: [{ phase: { equals: 'outline' } }, { status: { equals: 'failed' } }] },
      ],
    })
    const { docs } = await list(toQuery({ or: [where.or![0]] }, 'where').join('&'))
    // 200 tokens for the gpt-4o-mini outline: only the builder's token condition drops it.
    expect(summary(docs)).toEqual(['outline/failed/llama3.1:8b'])
    expect(applyFilters(where, emptyFilters)).toEqual({})
    expect(applyFilters({ and: [{ totalTokens: { greater_than: 250 } }] }, emptyFilters)).toEqual({
      or: [{ and: [{ totalTokens: { greater_than: 250 } }] }],
    })
  })

  it('offers the phase keys of the kits in the phase filter', async () => {
    const phase = (key: string) => ({ key, outputKind: 'notes', template: 'x', title: key })
    await payload.create({ collection: 'prompt-kits', data: { name: 'A', phases: [phase('outline'), phase('faq')] } })
    await payload.create({ collection: 'prompt-kits', data: { name: 'B', phases: [phase('outline'), phase('summary')] } })
    const res = await restRequest(payload, 'get', `/prompt-kits${kitPhasesQuery}`, { token })
    expect(res.status).toBe(200)
    expect(phaseKeysOf(await res.json())).toEqual(['faq', 'outline', 'summary'])
  })

  it('is closed to anonymous readers', async () => {
    const { docs, status } = await list('where[phase][equals]=outline', false)
    expect(status).toBe(403)
    expect(docs).toEqual([])
  })
})
