import type { Payload, PayloadRequest } from 'payload'

import type { Doc } from './documents.js'
import type { ParsedPromptKitPage } from './types.js'

import { slugify } from '../fields/slugField.js'
import { findBySlug } from './documents.js'

/**
 * The brief's fields from the page. Values the page leaves out are left out here too, so a
 * re-import never blanks what an editor filled in (and a new brief gets the collection's defaults).
 */
export const briefData = (page: ParsedPromptKitPage, topicalMapID: number | string): Record<string, unknown> => {
  const data: Record<string, unknown> = {
    primaryKeyword: page.primaryKeyword,
    searchIntent: page.searchIntent,
    title: page.title,
    topicalMap: topicalMapID,
  }
  const texts = { angle: page.angle, audience: page.audience, contentGroup: page.contentGroup, overview: page.overview, tone: page.tone }
  for (const [field, value] of Object.entries(texts)) if (value) data[field] = value
  if (page.wordTarget !== null) data.wordTarget = page.wordTarget
  if (page.secondaryKeywords.length) data.secondaryKeywords = page.secondaryKeywords.map((keyword) => ({ keyword }))
  if (page.commonMistakes.length) data.commonMistakes = page.commonMistakes.map((text) => ({ text }))
  if (page.proTips.length) data.proTips = page.proTips.map((text) => ({ text }))
  return data
}

/** Create the page's brief, or update the one with the same slug (so a re-import never duplicates). */
export const upsertBrief = async (
  payload: Payload,
  req: PayloadRequest,
  collection: string,
  page: ParsedPromptKitPage,
  topicalMapID: number | string,
): Promise<{ brief: Doc; created: boolean }> => {
  const slug = slugify(page.title)
  const data = briefData(page, topicalMapID)
  const existing = await findBySlug(payload, req, collection, slug)
  if (existing) {
    const brief = (await payload.update({ id: existing.id, collection, data, depth: 0, req })) as Doc
    return { brief, created: false }
  }
  const brief = (await payload.create({ collection, data: { ...data, slug }, depth: 0, req })) as Doc
  return { brief, created: true }
}
