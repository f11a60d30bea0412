import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { BriefVariable } from '../kit/variables.js'
import type { ResolvedPromptKitOptions } from '../types.js'
import type { Doc, Id } from './types.js'

import { mapSiblings, siblingLine } from '../phases/mapSiblings.js'
import { idOf } from './types.js'

const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''

/** `[{ text }]` / `[{ keyword }]` rows → their values. */
const rows = (value: unknown, key: string): string[] =>
  Array.isArray(value) ? value.map((row) => text((row as Record<string, unknown>)?.[key])).filter(Boolean) : []

const orNone = (value: string) => value || '(none given)'

/**
 * Every other article of the same topical map, published or not (a link to a draft waits until
 * it is published), one "title (slug) [pillar, not published yet]" line each, pillar first.
 */
const relatedArticles = async (
  payload: Payload,
  options: ResolvedPromptKitOptions,
  mapId: Id | undefined,
  articleId: Id,
  req?: PayloadRequest,
): Promise<string> =>
  mapId === undefined ? '' : (await mapSiblings({ options, payload, req }, mapId, articleId)).map(siblingLine).join('\n')

type ContextSource = { article: Doc; brief: Doc; req?: PayloadRequest }

/**
 * `relatedArticles`: the one variable that costs more than a read (two queries over the topical
 * map). Only the internal-links template uses it, so a run asks for it on its own (see runPipeline).
 */
export const readRelatedArticles = async (
  payload: Payload,
  options: ResolvedPromptKitOptions,
  { article, brief, req }: ContextSource,
): Promise<string> => orNone(await relatedArticles(payload, options, idOf(brief.topicalMap), article.id, req))

/** Values of every template variable but `relatedArticles`, from the brief and its topical map. */
export const readBriefValues = async (
  payload: Payload,
  options: ResolvedPromptKitOptions,
  { article, brief, req }: ContextSource,
): Promise<Omit<Record<BriefVariable, string>, 'relatedArticles'>> => {
  const mapId = idOf(brief.topicalMap)
  const map =
    mapId === undefined
      ? undefined
      : ((await payload
          .findByID({ collection: options.slugs.topicalMaps as CollectionSlug, depth: 0, disableErrors: true, id: mapId, req })
          .catch(() => null)) as Doc | null)

  const slug = text(article.slug)
  return {
    angle: orNone(text(brief.angle)),
    articleUrl: `${options.site.url}${options.site.articlePath({ slug: slug || null })}`,
    audience: orNone(text(brief.audience)),
    commonMistakes: orNone(rows(brief.commonMistakes, 'text').map((line) => `- ${line}`).join('\n')),
    contentGroup: orNone(text(brief.contentGroup)),
    overview: orNone(text(brief.overview)),
    pillar: orNone(text(map?.pillarTitle)),
    primaryKeyword: text(brief.primaryKeyword),
    proTips: orNone(rows(brief.proTips, 'text').map((line) => `- ${line}`).join('\n')),
    searchIntent: text(brief.searchIntent) || 'informational',
    secondaryKeywords: orNone(rows(brief.secondaryKeywords, 'keyword').join(', ')),
    title: text(brief.title) || text(article.title),
    tone: orNone(text(brief.tone)),
    topic: orNone(text(map?.title)),
    wordTarget: text(brief.wordTarget) || '1200',
  }
}

/** Values of every template variable for one article, from its brief and the brief's topical map. */
export const buildBriefContext = async (
  payload: Payload,
  options: ResolvedPromptKitOptions,
  source: ContextSource,
): Promise<Record<BriefVariable, string>> => {
  // Independent reads, in parallel.
  const [values, related] = await Promise.all([readBriefValues(payload, options, source), readRelatedArticles(payload, options, source)])
  return { ...values, relatedArticles: related }
}
