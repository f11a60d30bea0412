import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Id } from './types.js'

import { ownReq } from './ownReq.js'

type NewestVersion = { id: string; updatedAt?: string }

/**
 * ID and save time of a document's newest version, read from the database directly (no hooks, no
 * whole version document); undefined when it has none. Throws when the collection keeps no versions.
 * The pipeline asks this before every article write (see articleCache), so it must cost little.
 */
export const newestVersion = async (
  payload: Payload,
  collection: string,
  parent: Id,
  req?: PayloadRequest,
): Promise<NewestVersion | undefined> => {
  const direct = await sqlNewestVersion(payload, collection, parent)
  const row = direct === undefined ? await adapterNewestVersion(payload, collection, parent, req) : direct
  if (!row || row.id === undefined || row.id === null) return undefined
  return { id: String(row.id), updatedAt: row.updatedAt ? new Date(row.updatedAt).toISOString() : undefined }
}

type VersionRow = { id?: unknown; updatedAt?: null | string }

/** The adapter's findVersions: ~8 ms on PostgreSQL, most of it rebuilding the version fields each call. */
const adapterNewestVersion = async (
  payload: Payload,
  collection: string,
  parent: Id,
  req?: PayloadRequest,
): Promise<VersionRow | undefined> => {
  const { docs } = await payload.db.findVersions({
    collection: collection as CollectionSlug,
    limit: 1,
    pagination: false,
    req: ownReq(req),
    select: { updatedAt: true },
    sort: '-updatedAt',
    where: { parent: { equals: parent } },
  })
  return docs[0] as VersionRow | undefined
}

/** What the SQL adapters (@payloadcms/db-postgres, db-sqlite, db-vercel-postgres) expose as `payload.db`. */
type DrizzleAdapter = {
  drizzle?: {
    query?: Record<string, undefined | { findFirst: (args: unknown) => Promise<undefined | VersionRow> }>
  }
  tableNameMap?: Map<string, string>
  versionsSuffix?: string
}

type Operators = { desc: (column: unknown) => unknown; eq: (column: unknown, value: unknown) => unknown }
type VersionColumns = { id: unknown; parent: unknown; updatedAt: unknown }

const snakeCase = (slug: string) =>
  slug
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase()

/**
 * The same question as one indexed SELECT through the adapter's Drizzle instance (`payload.db.drizzle`,
 * documented for direct access): under a millisecond. Outside any transaction, like every pipeline
 * read (see ownReq). Null when there is no version; undefined when this cannot ask (MongoDB, or no
 * versions table under the expected name), and the adapter is asked instead.
 */
const sqlNewestVersion = async (
  payload: Payload,
  collection: string,
  parent: Id,
): Promise<undefined | VersionRow | null> => {
  const adapter = payload.db as unknown as DrizzleAdapter
  if (!adapter.drizzle?.query || !adapter.tableNameMap) return undefined
  const slug = payload.collections[collection as CollectionSlug]?.config.slug ?? collection
  // The key Payload's own findVersions looks the table up by.
  const table = adapter.tableNameMap.get(`_${snakeCase(slug)}${adapter.versionsSuffix ?? '_v'}`)
  const query = table ? adapter.drizzle.query[table] : undefined
  if (!query) return undefined
  const row = await query.findFirst({
    columns: { id: true, updatedAt: true },
    orderBy: (t: VersionColumns, { desc }: Operators) => [desc(t.updatedAt)],
    where: (t: VersionColumns, { eq }: Operators) => eq(t.parent, parent),
  })
  return row ?? null
}
