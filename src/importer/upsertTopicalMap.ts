import type { Payload, PayloadRequest } from 'payload'

import type { Doc } from './documents.js'
import type { ParsedPromptKitPage } from './types.js'

import { slugify } from '../fields/slugField.js'
import { findBySlug } from './documents.js'
import { sameText } from './text.js'

type ContentGroup = { description?: null | string; id?: string; name: string }

/**
 * Find the page's topical map by slug, or create it. An existing map gains the page's content group
 * (once) and, when it has none yet, the pillar title; nothing an editor set is replaced.
 */
export const upsertTopicalMap = async (
  payload: Payload,
  req: PayloadRequest,
  collection: string,
  page: ParsedPromptKitPage,
): Promise<Doc> => {
  const slug = slugify(page.topicalMap)
  const existing = await findBySlug(payload, req, collection, slug)
  if (!existing) {
    const data = {
      slug,
      contentGroups: page.contentGroup ? [{ name: page.contentGroup }] : [],
      ...(page.pillarTitle ? { pillarTitle: page.pillarTitle } : {}),
      title: page.topicalMap,
    }
    return (await payload.create({ collection, data, depth: 0, req })) as Doc
  }

  const groups = (existing.contentGroups as ContentGroup[] | null | undefined) ?? []
  const data: Record<string, unknown> = {}
  if (page.contentGroup && !groups.some((group) => sameText(group.name, page.contentGroup))) {
    data.contentGroups = [...groups, { name: page.contentGroup }]
  }
  if (page.pillarTitle && !existing.pillarTitle) data.pillarTitle = page.pillarTitle
  if (!Object.keys(data).length) return existing
  return (await payload.update({ id: existing.id, collection, data, depth: 0, req })) as Doc
}
