import { type RouteHandler, withGraphQLGuards } from './apiRouteGuards.js'

/**
 * @deprecated Use `withGraphQLGuards(GRAPHQL_POST(config), config)`, which also limits the body
 * by the plugin's `limits.maxBodyBytes` (this one uses its 1 MB default).
 */
export const withGraphQLJsonCheck = (post: RouteHandler): RouteHandler => withGraphQLGuards(post)
