import type { Payload } from 'payload'

import { drizzleFindFirst, drizzleFindMany, drizzleInsert } from '../../../src/shared/drizzleTable.js'

/** A stand-in for a SQL adapter's Drizzle instance that says which one was used. */
const drizzle = (name: string) => ({
  insert: () => ({ values: () => ({ returning: async () => [{ id: `${name}-id` }] }) }),
  query: { generations: { findFirst: async () => ({ from: name }), findMany: async () => [{ from: name }] } },
})

const fields = [
  { name: 'run', type: 'text' },
  { name: 'messages', type: 'json' },
  { name: 'article', relationTo: 'articles', type: 'relationship' },
  { name: 'tags', hasMany: true, type: 'text' },
  { name: 'title', localized: true, type: 'text' },
]

const payloadWith = (db: Record<string, unknown>) =>
  ({
    collections: { generations: { config: { flattenedFields: fields, slug: 'generations' } } },
    db: {
      tableNameMap: new Map([['generations', 'generations']]),
      tables: { generations: { article: {}, id: {}, messages: {}, run: {}, tags: {}, title: {} } },
      ...db,
    },
  }) as unknown as Payload

const findFirst = (payload: Payload) =>
  drizzleFindFirst(payload, 'generations', { columns: ['id', 'run'] })!({
    columns: { id: true },
    where: () => true,
  })

describe('direct Drizzle access', () => {
  it('reads and inserts through the adapter’s Drizzle instance', async () => {
    const payload = payloadWith({ drizzle: drizzle('main') })
    expect(await findFirst(payload)).toEqual({ from: 'main' })
    expect(await drizzleInsert(payload, 'generations', ['run', 'messages', 'article'])!({ run: 'r' })).toBe(
      'main-id',
    )
  })

  it('uses the primary database when the host configured read replicas', async () => {
    // A replica may lag behind: "has the article changed since?" must not be answered from it.
    const payload = payloadWith({ drizzle: drizzle('replicas'), primaryDrizzle: drizzle('primary') })
    expect(await findFirst(payload)).toEqual({ from: 'primary' })
    expect(await drizzleFindMany(payload, 'generations', { columns: ['id'] })!({ columns: { id: true }, limit: 2, where: () => true })).toEqual([
      { from: 'primary' },
    ])
    expect(await drizzleInsert(payload, 'generations', ['run'])!({ run: 'r' })).toBe('primary-id')
  })

  it('inserts directly only columns Payload writes as given', () => {
    const payload = payloadWith({ drizzle: drizzle('main') })
    expect(drizzleInsert(payload, 'generations', ['run', 'tags'])).toBeUndefined() // hasMany: rows elsewhere
    expect(drizzleInsert(payload, 'generations', ['run', 'title'])).toBeUndefined() // localized: a locales table
    expect(drizzleInsert(payload, 'generations', ['run', 'unknown'])).toBeUndefined()
  })

  it('gives up on adapters without Drizzle (MongoDB)', () => {
    const payload = { collections: {}, db: { name: 'mongoose' } } as unknown as Payload
    expect(drizzleFindFirst(payload, 'generations', { columns: ['id'] })).toBeUndefined()
    expect(drizzleFindMany(payload, 'generations', { columns: ['id'] })).toBeUndefined()
    expect(drizzleInsert(payload, 'generations', ['run'])).toBeUndefined()
  })
})
