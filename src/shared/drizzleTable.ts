import type { CollectionSlug, Payload, SanitizedCollectionConfig } from 'payload'

/** Drizzle's relational `findFirst`, as `payload.db.drizzle.query[table]` offers it. */
export type DrizzleFindFirst = (args: {
  columns: Record<string, true>
  orderBy?: (table: Columns, operators: Operators) => unknown[]
  where: (table: Columns, operators: Operators) => unknown
}) => Promise<Record<string, unknown> | undefined>

/** Drizzle's relational `findMany`: the same arguments and a limit. */
export type DrizzleFindMany = (args: Parameters<DrizzleFindFirst>[0] & { limit?: number }) => Promise<Record<string, unknown>[]>

type Columns = Record<string, unknown>
type Operators = {
  and: (...conditions: unknown[]) => unknown
  desc: (column: unknown) => unknown
  eq: (column: unknown, value: unknown) => unknown
}

/** The parts of a SQL adapter's Drizzle instance used here. */
type Drizzle = {
  delete?: (table: Columns) => { where: (condition: unknown) => { returning: (columns: Columns) => Promise<Record<string, unknown>[]> } }
  insert?: (table: Columns) => { values: (row: Record<string, unknown>) => { returning: (columns: Columns) => Promise<Record<string, unknown>[]> } }
  query?: Record<string, undefined | { findFirst: DrizzleFindFirst; findMany?: DrizzleFindMany }>
}

/** What the SQL adapters (@payloadcms/db-postgres, db-sqlite, db-vercel-postgres) expose as `payload.db`. */
type DrizzleAdapter = {
  drizzle?: Drizzle
  /** The adapter's own drizzle-orm operators (the copy its tables were built with), as its queries use them. */
  operators?: { and: (...conditions: unknown[]) => unknown; equals: (column: unknown, value: unknown) => unknown }
  /** Set when the host configured read replicas: `drizzle` may then read from a lagging replica. */
  primaryDrizzle?: Drizzle
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
 * The collection's table (or its versions table) by the keys Payload's own operations use, with the
 * primary database's Drizzle instance: the pipeline reads to decide what to write (has the article
 * changed, is a claim taken), which a read replica behind the primary could answer wrongly.
 */
const tableOf = (payload: Payload, collection: string, versions = false) => {
  const adapter = payload.db as unknown as DrizzleAdapter
  const drizzle = adapter.primaryDrizzle ?? adapter.drizzle
  if (!drizzle || !adapter.tableNameMap || !adapter.tables) return undefined
  const slug = snakeCase(payload.collections[collection as CollectionSlug]?.config.slug ?? collection)
  const name = adapter.tableNameMap.get(versions ? `_${slug}${adapter.versionsSuffix ?? '_v'}` : slug)
  const table = name ? adapter.tables[name] : undefined
  return name && table ? { drizzle, name, table } : undefined
}

/**
 * A collection's table (or its versions table) through the adapter's Drizzle instance, which the SQL
 * adapters document for direct access (`payload.db.drizzle`, `payload.db.tables`): one indexed
 * SELECT costs under a millisecond where the adapter's find rebuilds its query from the fields
 * (several). Undefined when the adapter is not a Drizzle one (MongoDB), or the table or one of
 * `columns` is not where Payload puts it: callers then ask the adapter. Reads the primary (see
 * tableOf), outside any transaction, like every pipeline read (see ownReq).
 */
export const drizzleFindFirst = (payload: Payload, collection: string, table: TableColumns): DrizzleFindFirst | undefined => {
  const query = relationalQuery(payload, collection, table)
  return query && ((args) => query.findFirst(args))
}

/** drizzleFindFirst for up to `limit` rows. */
export const drizzleFindMany = (payload: Payload, collection: string, table: TableColumns): DrizzleFindMany | undefined => {
  const query = relationalQuery(payload, collection, table)
  return query?.findMany && ((args) => query.findMany!(args))
}

type TableColumns = { columns: string[]; versions?: boolean }

const relationalQuery = (payload: Payload, collection: string, { columns, versions = false }: TableColumns) => {
  const found = tableOf(payload, collection, versions)
  const query = found?.drizzle.query?.[found.name]
  return found && query && columns.every((column) => column in found.table) ? query : undefined
}

type Field = SanitizedCollectionConfig['flattenedFields'][number]

/** Fields Payload keeps as one column of the collection's own table and writes as given. */
const isPlainColumn = (field: Field | undefined): boolean => {
  if (!field || ('localized' in field && field.localized) || ('hasMany' in field && field.hasMany)) return false
  if (field.type === 'relationship' || field.type === 'upload') return typeof field.relationTo === 'string'
  return ['checkbox', 'code', 'date', 'email', 'json', 'number', 'select', 'text', 'textarea'].includes(field.type)
}

/**
 * Insert one row into a collection's table and get its ID back, in one statement. Payload's
 * `db.create` costs twice that (it rebuilds the row from the fields, and returns every column or
 * reads the row back). Only for rows whose every key is a plain column (see isPlainColumn), with
 * values as the adapter would write them (IDs, ISO dates, JSON values): undefined otherwise, and
 * on adapters that are not Drizzle ones; callers then use `payload.db.create`. Collection hooks do
 * not run: callers apply what they need. Outside any transaction.
 */
export const drizzleInsert = (
  payload: Payload,
  collection: string,
  keys: string[],
): ((row: Record<string, unknown>) => Promise<number | string>) | undefined => {
  const found = tableOf(payload, collection)
  const config = payload.collections[collection as CollectionSlug]?.config
  if (!found?.drizzle.insert || !config || !('id' in found.table)) return undefined
  const { drizzle, table } = found
  const fields = new Map(config.flattenedFields.map((field) => [field.name, field]))
  if (!keys.every((key) => key in found.table && isPlainColumn(fields.get(key)))) return undefined
  return async (row) => {
    const [inserted] = await drizzle.insert!(table).values(row).returning({ id: table.id })
    if (!inserted) throw new Error(`The insert into ${found.name} returned no row.`)
    return inserted.id as number | string
  }
}

/**
 * Delete one version of a document by ID, unless it is the document's latest, in one statement;
 * its array, text and relationship rows go with it (their foreign keys cascade, which Payload's
 * own deletes rely on too). Payload's `db.deleteVersions` first reads every matching version whole
 * to collect the IDs (~10 ms on PostgreSQL). Resolves with whether a version was deleted.
 * Undefined on adapters that are not Drizzle ones; callers then use `payload.db.deleteVersions`.
 */
export const drizzleDeleteVersion = (payload: Payload, collection: string): ((id: number | string) => Promise<boolean>) | undefined => {
  const found = tableOf(payload, collection, true)
  const operators = (payload.db as unknown as DrizzleAdapter).operators
  if (!found?.drizzle.delete || !operators || !('id' in found.table) || !('latest' in found.table)) return undefined
  const { drizzle, table } = found
  return async (id) => {
    const notLatest = operators.and(operators.equals(table.id, id), operators.equals(table.latest, false))
    const deleted = await drizzle.delete!(table).where(notLatest).returning({ id: table.id })
    return deleted.length > 0
  }
}
