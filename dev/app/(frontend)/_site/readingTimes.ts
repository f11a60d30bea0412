import type { ReadingTimeInput } from 'payload-prompt-kit/rsc'

import { readingMinutes } from 'payload-prompt-kit/rsc'

import type { SiteOptions, sitePayload } from '../../../lib/sitePayload.js'
import type { ArticleSummary } from '../../../lib/types.js'

type Payload = Awaited<ReturnType<typeof sitePayload>>

/** Reading minutes of each listed article, by ID; one query that selects just the text fields. */
export const readingTimes = async (
  payload: Payload,
  { articlesCollection }: SiteOptions,
  articles: ArticleSummary[],
): Promise<Map<string, number>> => {
  if (!articles.length) return new Map()
  const { docs } = await payload.find({
    collection: articlesCollection,
    depth: 0,
    overrideAccess: false,
    pagination: false,
    select: { body: true, conclusion: true, faq: true, introduction: true },
    where: { and: [{ id: { in: articles.map((a) => a.id) } }, { _status: { equals: 'published' } }] },
  })
  return new Map(docs.map((doc) => [String(doc.id), readingMinutes(doc as ReadingTimeInput)]))
}
