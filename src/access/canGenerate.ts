import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { CanGenerate } from '../types.js'

import { getPromptKitOptions } from '../pluginOptions.js'

type Operation = 'create' | 'read' | 'update'

/**
 * Ask a collection's own access rule whether `req.user` may do `operation` (on document `id`).
 * Payload runs no access checks for plugin code, so we evaluate the rule ourselves: `true` allows,
 * a falsy result denies, and a Where query allows only when it matches the document.
 */
export const collectionAllows = async (
  req: PayloadRequest,
  collection: string,
  operation: Operation,
  id?: number | string,
): Promise<boolean> => {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config) return false
  const rule = config.access?.[operation]
  // Payload sanitizes a missing rule to "logged in"; mirror that for unsanitized configs.
  const result = rule ? await rule({ id, req }) : Boolean(req.user)
  if (typeof result !== 'object' || result === null) return Boolean(result)
  // A Where result without a document to test it against cannot be confirmed.
  if (id === undefined) return false
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    req,
    where: { and: [{ id: { equals: id } }, result as Where] },
  })
  return totalDocs > 0
}

/**
 * Default `access.generate`: a logged-in user who may update the article. Without an article
 * yet (generating from a brief), the user must be allowed to create articles; callers check that
 * the brief itself is readable when they load it with `overrideAccess: false`.
 */
export const defaultCanGenerate: CanGenerate = async ({ articleID, req }) => {
  if (!req.user) return false
  const articles = getPromptKitOptions(req.payload).slugs.articles
  return articleID === undefined
    ? collectionAllows(req, articles, 'create')
    : collectionAllows(req, articles, 'update', articleID)
}
