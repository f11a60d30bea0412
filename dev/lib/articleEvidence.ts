import type { EeatRow } from 'payload-prompt-kit'
import type { TypedUser } from 'payload'

import { publishableEeat } from 'payload-prompt-kit'

import type { SiteOptions, sitePayload } from './sitePayload.js'
import type { SiteArticle } from './types.js'

type Payload = Awaited<ReturnType<typeof sitePayload>>

/**
 * The E-E-A-T items the page may show: only those an editor verified and that are complete
 * (`publishableEeat`). The ledger is editors-only because it holds unchecked suggestions, so for a
 * reader it is read past access, for this one published article and this one field, and filtered
 * before anything renders. An editor's preview shows exactly what readers will see.
 */
export const articleEvidence = async (
  payload: Payload,
  { articlesCollection }: SiteOptions,
  article: SiteArticle,
  editor: null | TypedUser,
): Promise<EeatRow[]> => {
  if (editor) return publishableEeat(article.eeat)
  const ledger = await payload.findByID({
    collection: articlesCollection,
    depth: 0,
    id: article.id,
    overrideAccess: true,
    select: { eeat: true },
  })
  return publishableEeat((ledger as { eeat?: EeatRow[] | null }).eeat)
}
