import type { CollectionConfig, Endpoint, Plugin } from 'payload'

import { errorResponse } from './defineEndpoint.js'

/**
 * Payload 3.90 mounts `GET /versions`, `GET /versions/:id` and `POST /versions/:id` on every
 * collection, versions or not; without versions they query a table that does not exist and answer
 * 500 "An unknown error occurred.". A collection's own endpoints are matched before Payload's, so
 * these answer 404 first. Payload's doing: drop this once Payload leaves the routes out.
 */
export const versionRoutesOfCollectionWithoutVersions = (slug: string): Endpoint[] => {
  const handler = async () => errorResponse(404, [{ message: `Collection "${slug}" keeps no versions.` }])
  return [
    { handler, method: 'get', path: '/versions' },
    { handler, method: 'get', path: '/versions/:id' },
    { handler, method: 'post', path: '/versions/:id' },
  ]
}

/**
 * `collection` with its version routes answering 404 when it keeps no versions (unchanged when it
 * does). For the plugin's collections and for a host's own, e.g. its users collection.
 */
export const withoutVersionRoutes = (collection: CollectionConfig): CollectionConfig =>
  collection.versions || collection.endpoints === false
    ? collection
    : { ...collection, endpoints: [...(collection.endpoints || []), ...versionRoutesOfCollectionWithoutVersions(collection.slug)] }

/**
 * A Payload plugin doing `withoutVersionRoutes` for every collection of the config; list it after
 * the plugins that add collections (`plugins: [promptKitPlugin(), versionRoutesWithoutVersions()]`).
 */
export const versionRoutesWithoutVersions = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map(withoutVersionRoutes),
})
