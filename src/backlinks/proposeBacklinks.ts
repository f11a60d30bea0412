import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { LlmClient } from '../llm/index.js'
import type { MapSibling } from '../phases/mapSiblings.js'
import type { Doc, Id } from '../pipeline/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'
import type { NewArticle } from './backlinkProposal.js'
import type { BacklinkTarget } from './backlinkPrompt.js'

import { createLlmClient } from '../llm/index.js'
import { mapSiblings } from '../phases/mapSiblings.js'
import { ownReq } from '../pipeline/ownReq.js'
import { readArticle } from '../pipeline/store/articles.js'
import { recordGeneration } from '../pipeline/store/generations.js'
import { idOf } from '../pipeline/types.js'
import { getPromptKitOptions } from '../pluginOptions.js'
import { articleSections, findAnchor, sectionsText } from './articleSections.js'
import { askBacklink, BACKLINKS_PHASE } from './askBacklink.js'
import { linksTo, proposeBacklink } from './backlinkProposal.js'

/** What happened to one published article of the map. */
export type CandidateOutcome =
  | { article: Id; status: 'proposed' }
  | {
      article: Id
      reason: 'anchor-not-in-text' | 'asked-before' | 'links-already' | 'no-fit' | 'no-text'
      status: 'skipped'
    }
  | { article: Id; error: string; status: 'failed' }

export type BacklinksOutcome =
  | { reason: 'disabled' | 'no-map' | 'not-published'; status: 'skipped' }
  | { candidates: CandidateOutcome[]; status: 'done' }

export type ProposeBacklinksArgs = { articleId: Id; req?: PayloadRequest; userId?: Id }

type Context = {
  client: LlmClient
  model: string
  options: ResolvedPromptKitOptions
  payload: Payload
  req?: PayloadRequest
  target: BacklinkTarget & NewArticle
  userId?: Id
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

const clientFor = (options: ResolvedPromptKitOptions, model: string): LlmClient =>
  createLlmClient({
    apiKey: options.llm.apiKey,
    baseURL: options.llm.baseURL,
    maxRepairs: options.llm.maxRepairs,
    model,
    outageMaxWaitMs: options.llm.outageMaxWaitMs,
    pricing: options.llm.pricing,
    timeoutMs: options.llm.timeoutMs,
  })

/** One published article of the map: asked where it would link to the new one, then a proposal if the anchor is in its text. */
const proposeFrom = async (ctx: Context, sibling: MapSibling): Promise<CandidateOutcome> => {
  const { options, payload, req, target } = ctx
  const source = { articleId: sibling.id, options, payload, req }
  const article = await readArticle(source)
  if (linksTo(article, target.id, options.articles.collection))
    return { article: sibling.id, reason: 'links-already', status: 'skipped' }
  const sections = articleSections(article)
  if (sections.length === 0) return { article: sibling.id, reason: 'no-text', status: 'skipped' }
  const store = { options, payload, req }
  const asked = await askBacklink({
    client: ctx.client,
    model: ctx.model,
    source: { article, text: sectionsText(sections) },
    store,
    target,
    userId: ctx.userId,
  })
  if (asked.status === 'asked-before')
    return { article: sibling.id, reason: 'asked-before', status: 'skipped' }
  if (asked.status === 'failed') return { article: sibling.id, error: asked.error, status: 'failed' }
  if (!asked.answer.anchorText) return { article: sibling.id, reason: 'no-fit', status: 'skipped' }
  const found = findAnchor(sections, asked.answer.anchorText)
  if (!found) {
    const problem = `anchorText: "${asked.answer.anchorText}" is not in the article word for word; no proposal was made`
    await recordGeneration(store, asked.generation, { validationErrors: [problem] })
    return { article: sibling.id, reason: 'anchor-not-in-text', status: 'skipped' }
  }
  const row = { anchorText: found.anchorText, ...(found.heading ? { placement: found.heading } : {}) }
  const proposed = await proposeBacklink(source, { generation: asked.generation, row, target })
  return proposed
    ? { article: sibling.id, status: 'proposed' }
    : { article: sibling.id, reason: 'links-already', status: 'skipped' }
}

/** The published article the links would point at, with what the prompt says about it; undefined unless published. */
const readTarget = async (
  payload: Payload,
  options: ResolvedPromptKitOptions,
  { articleId, req }: ProposeBacklinksArgs,
) => {
  // Without `draft`: the main document, i.e. the published version.
  const doc = (await payload.findByID({
    collection: options.articles.collection as CollectionSlug,
    depth: 0,
    disableErrors: true,
    id: articleId,
    req: ownReq(req),
  })) as Doc | null
  if (!doc || doc._status !== 'published' || !text(doc.slug)) return undefined
  const briefId = idOf(doc.brief)
  const brief =
    briefId === undefined
      ? null
      : ((await payload.findByID({
          collection: options.slugs.briefs as CollectionSlug,
          depth: 0,
          disableErrors: true,
          id: briefId,
          req: ownReq(req),
        })) as Doc | null)
  const meta = (doc.meta ?? {}) as { description?: unknown }
  return {
    mapId: idOf(brief?.topicalMap),
    target: {
      description: text(meta.description) || undefined,
      id: doc.id,
      keyword: text(brief?.primaryKeyword) || undefined,
      path: options.site.articlePath(doc as { slug?: string }),
      title: text(doc.title) || text(doc.slug),
    },
  }
}

/**
 * After an article is published: every other published article of its topical map is asked, one
 * LLM call each, for a phrase already in its text to link from, and gets a proposal adding that
 * link (see backlinkProposal). Articles that link to it already, or were asked before, are not
 * asked; an answer whose phrase is not in the text is dropped. Never changes an article's fields;
 * a failure with one article does not stop the others.
 */
export const proposeBacklinks = async (
  payload: Payload,
  args: ProposeBacklinksArgs,
): Promise<BacklinksOutcome> => {
  const options = getPromptKitOptions(payload)
  if (options.disabled || !options.backlinks) return { reason: 'disabled', status: 'skipped' }
  const read = await readTarget(payload, options, args)
  if (!read) return { reason: 'not-published', status: 'skipped' }
  if (read.mapId === undefined) return { reason: 'no-map', status: 'skipped' }
  const siblings = (
    await mapSiblings({ options, payload, req: args.req }, read.mapId, read.target.id)
  ).filter((s) => s.published)
  const model = options.llm.phaseModels[BACKLINKS_PHASE] ?? options.llm.model
  let client: LlmClient
  try {
    client = clientFor(options, model)
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err)
    return {
      candidates: siblings.map((s) => ({ article: s.id, error, status: 'failed' as const })),
      status: 'done',
    }
  }
  const ctx: Context = {
    client,
    model,
    options,
    payload,
    req: args.req,
    target: read.target,
    userId: args.userId,
  }
  const candidates: CandidateOutcome[] = []
  // One at a time: the shared rate limits pace the calls anyway, and a map's articles are few.
  for (const sibling of siblings) {
    try {
      candidates.push(await proposeFrom(ctx, sibling))
    } catch (err) {
      candidates.push({
        article: sibling.id,
        error: client.redact(err instanceof Error ? err.message : String(err)),
        status: 'failed',
      })
    }
  }
  return { candidates, status: 'done' }
}
