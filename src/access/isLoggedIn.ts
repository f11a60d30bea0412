import type { Access } from 'payload'

/** Any authenticated user. */
export const isLoggedIn: Access = ({ req }) => Boolean(req.user)

/** Logged-in users read everything; everyone else reads published documents only. */
export const publishedOrLoggedIn: Access = ({ req }) =>
  req.user ? true : { _status: { equals: 'published' } }

/** Nobody through the API; the plugin writes with the Local API. */
export const nobody: Access = () => false
