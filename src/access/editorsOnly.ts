import type { Field, FieldAccess } from 'payload'

/** Field read access: logged-in users only. */
export const readByLoggedIn: FieldAccess = ({ req }) => Boolean(req.user)

/**
 * `field`, readable by logged-in users only; its other access rules are kept. For what an article
 * keeps about how it was made: anonymous readers (REST, GraphQL, the site's `overrideAccess: false`
 * reads) get the document without it. The Local API's default `overrideAccess: true` still reads and
 * writes it, so the pipeline is unaffected.
 */
export const editorsOnly = <F extends Field>(field: F): F => ({
  ...field,
  access: { ...('access' in field ? field.access : undefined), read: readByLoggedIn },
})
