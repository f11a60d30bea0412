import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import { isolateObjectProperty } from 'payload'

import type { Doc } from '../pipeline/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'

import { withPhaseChanges } from '../pipeline/store/articles.js'
import { valueHash } from '../pipeline/fingerprint.js'
import { pipelineContext } from '../pipeline/pipelineWrite.js'
import { staleChanges } from '../pipeline/staleness.js'

/** Brief fields that are not part of any prompt: changing them outdates nothing. */
const notContent = new Set(['createdAt', 'generateOnSave', 'id', 'kit', 'updatedAt'])

/** A populated relationship (the saved doc may have depth) compares as its ID. */
const flat = (value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) && 'id' in value ? (value as Doc).id : value

/** Whether the save changed a field the prompts are built from. */
export const briefContentChanged = (doc: Record<string, unknown>, previous: Record<string, unknown>): boolean =>
  [...new Set([...Object.keys(doc), ...Object.keys(previous)])]
    .filter((key) => !notContent.has(key))
    .some((key) => valueHash(flat(doc[key])) !== valueHash(flat(previous[key])))

/**
 * Briefs `afterChange`: every phase's system prompt holds the whole brief, so a content change
 * makes every done phase of the brief's articles stale. Written in the save's transaction.
 */
export const briefStaleHook =
  (options: ResolvedPromptKitOptions): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (options.disabled || operation !== 'update' || !previousDoc || !briefContentChanged(doc, previousDoc)) return doc
    const collection = options.articles.collection as CollectionSlug
    const articles = await req.payload.find({
      collection,
      depth: 0,
      draft: true,
      limit: 0,
      pagination: false,
      req,
      where: { brief: { equals: doc.id } },
    })
    for (const article of articles.docs as Doc[]) {
      const changes = staleChanges(article)
      if (Object.keys(changes).length === 0) continue
      await req.payload.update({
        collection,
        context: pipelineContext(),
        data: { pipeline: withPhaseChanges(article, changes) },
        depth: 0,
        draft: true,
        id: article.id,
        // Same transaction, but the pipeline flag must not stick to the brief save's own context.
        req: isolateObjectProperty(req, 'context'),
      })
    }
    return doc
  }
