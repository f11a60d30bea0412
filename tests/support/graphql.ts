import type { Payload, SanitizedConfig } from 'payload'

import { cacheKeyOf } from './testPayload.js'

type Cache = Map<string, unknown>
type GraphQLResult = { data?: Record<string, any> | null; errors?: { extensions?: Record<string, any>; message: string; path?: string[] }[] }

let schemaConfig: SanitizedConfig | undefined

/**
 * POST a GraphQL operation through Payload's real Next.js route handler (`GRAPHQL_POST`), in-process.
 * The handler looks Payload up under the default `getPayload` key and caches one schema per process,
 * so this points the default key at `payload` and drops the schema when the config changes.
 */
export const graphqlRequest = async (
  payload: Payload,
  query: string,
  { token, variables }: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<{ body: GraphQLResult; status: number }> => {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const globals = globalThis as { _payload?: Cache; _payload_graphql?: unknown }
  const cache = globals._payload!
  const entry = cache.get(cacheKeyOf(payload))
  if (schemaConfig !== payload.config) {
    globals._payload_graphql = { graphql: null, promise: null }
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
