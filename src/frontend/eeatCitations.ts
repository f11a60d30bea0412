import type { EeatRow } from './publishableEeat.js'

import { publishableEeat } from './publishableEeat.js'

/** A source the article cites, as schema.org's `citation` of the Article. */
export type JsonLdCitation = { '@type': 'CreativeWork'; author?: string; name: string; url: string }

/**
 * The quotes and studies shown on the page, as citations with their source URL. Unverified or
 * incomplete items are not on the page, so they are never in the structured data either.
 */
export const eeatCitations = (items: null | readonly (EeatRow | null | undefined)[] | undefined): JsonLdCitation[] =>
  publishableEeat(items).flatMap((item) => {
    if (item.kind !== 'quote' && item.kind !== 'study') return []
    const attribution = item.attribution?.trim()
    const citation: JsonLdCitation = { '@type': 'CreativeWork', name: item.text!.trim(), url: item.sourceUrl!.trim() }
    return [attribution ? { ...citation, author: attribution } : citation]
  })
