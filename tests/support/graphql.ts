import type { Payload, SanitizedConfig } from 'payload'

import { cacheKeyOf } from './testPayload.js'

type Cache = Map<string, unknown>
type GraphQLResult = { data?: Record<string, any> | null; errors?: { extensions?: Record<string, any>; message: string; path?: string[] }[] }

/** The route's schema cache (`@payloadcms/next` routes/graphql/handler.js). */
type SchemaCache = { graphql: unknown; promise: unknown }

let schemaConfig: SanitizedConfig | undefined

/**
 * Drop the schema the route built for another config. The handler module keeps its own reference to
 * the object it stored at `globalThis._payload_graphql` when it loaded, so replacing the global does
 * nothing: the object must be emptied in place. (Before the module loads there is nothing to drop.)
 */
const resetSchemaCache = (cached: SchemaCache | undefined) => {
  if (!cached) return
  cached.graphql = null
  cached.promise = null
}

/**
 * POST a GraphQL operation through Payload's real Next.js route handler (`GRAPHQL_POST`), in-process.
 * The handler looks Payload up under the default `getPayload` key and caches one schema per process,
 * so this points the default key at `payload` and drops the cached schema when the config changes
 * (e.g. SQLite's Int IDs, then MongoDB's String IDs, in one test file).
 */
export const graphqlRequest = async (
  payload: Payload,
  query: string,
  { token, variables }: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<{ body: GraphQLResult; status: number }> => {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const globals = globalThis as { _payload?: Cache; _payload_graphql?: SchemaCache }
  const cache = globals._payload!
  const entry = cache.get(cacheKeyOf(payload))
  if (schemaConfig !== payload.config) {
    resetSchemaCache(globals._payload_graphql)
    schemaConfig = payload.config
  }
  const previous = cache.get('default')
  cache.set('default', entry)
  try {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    if (token) headers.set('Authorization', `JWT ${token}`)
    const url = new URL(`${payload.config.routes.api}${payload.config.routes.graphQL}`, 'http://localhost:3000')
    const response = await GRAPHQL_POST(Promise.resolve(payload.config))(
      new Request(url, { body: JSON.stringify({ query, variables }), headers, method: 'POST' }),
    )
    return { body: (await response.json()) as GraphQLResult, status: response.status }
  } finally {
    if (previous === undefined) cache.delete('default')
    else cache.set('default', previous)
  }
}
