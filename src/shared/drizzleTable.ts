import type { CollectionSlug, Payload } from 'payload'

/** Drizzle's relational `findFirst`, as `payload.db.drizzle.query[table]` offers it. */
export type DrizzleFindFirst = (args: {
  columns: Record<string, true>
  orderBy?: (table: Columns, operators: Operators) => unknown[]
  where: (table: Columns, operators: Operators) => unknown
}) => Promise<Record<string, unknown> | undefined>

type Columns = Record<string, unknown>
type Operators = {
  and: (...conditions: unknown[]) => unknown
  desc: (column: unknown) => unknown
  eq: (column: unknown, value: unknown) => unknown
}

/** What the SQL adapters (@payloadcms/db-postgres, db-sqlite, db-vercel-postgres) expose as `payload.db`. */
type DrizzleAdapter = {
  drizzle?: { query?: Record<string, undefined | { findFirst: DrizzleFindFirst }> }
  tables?: Record<string, undefined | Columns>
  tableNameMap?: Map<string, string>
  versionsSuffix?: string
}

const snakeCase = (slug: string) =>
  slug
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase()

/**
 * A collection's table (or its versions table) through the adapter's Drizzle instance, which the SQL
 * adapters document for direct access (`payload.db.drizzle`, `payload.db.tables`): one indexed
 * SELECT costs under a millisecond where the adapter's find rebuilds its query from the fields
 * (several). Undefined when the adapter is not a Drizzle one (MongoDB), or the table or one of
 * `columns` is not where Payload puts it: callers then ask the adapter. Reads outside any
 * transaction, like every pipeline read (see ownReq).
 */
export const drizzleFindFirst = (
  payload: Payload,
  collection: string,
  { columns, versions = false }: { columns: string[]; versions?: boolean },
): DrizzleFindFirst | undefined => {
  const adapter = payload.db as unknown as DrizzleAdapter
  if (!adapter.drizzle?.query || !adapter.tableNameMap || !adapter.tables) return undefined
  const slug = snakeCase(payload.collections[collection as CollectionSlug]?.config.slug ?? collection)
  // The keys Payload's own operations look the tables up by.
  const name = adapter.tableNameMap.get(versions ? `_${slug}${adapter.versionsSuffix ?? '_v'}` : slug)
  const table = name ? adapter.tables[name] : undefined
  const query = name ? adapter.drizzle.query[name] : undefined
  if (!table || !query || !columns.every((column) => column in table)) return undefined
  return (args) => query.findFirst(args)
}
