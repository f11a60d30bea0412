import type { Payload, PayloadRequest } from 'payload'

import type { Doc } from './documents.js'
import type { Slugs } from './importSlugs.js'

import { ensurePillarBrief } from './ensurePillarBrief.js'
import { PromptKitImportError } from './importError.js'
import { importSlugs } from './importSlugs.js'
import { parsePromptKitPage } from './parsePromptKitPage.js'
import { upsertBrief } from './upsertBrief.js'
import { upsertTopicalMap } from './upsertTopicalMap.js'
import { withTransaction } from './withTransaction.js'

export { PromptKitImportError } from './importError.js'

export type ImportPromptKitPageOptions = {
  /** The plugin's options (only `slugs` is read); defaults to what the plugin stored in the config. */
  options?: { slugs?: Slugs }
  /** Run inside this request's transaction (and as its user). */
  req?: PayloadRequest
}

export type ImportPromptKitPageResult = {
  brief: Doc
  /** True when the brief is new, false when an existing one (same slug) was updated. */
  created: boolean
  pillarBrief: Doc | null
  topicalMap: Doc
}

/**
 * Turn a pasted prompt kit page into a brief, its topical map and the map's pillar brief; importing
 * the same page again updates instead of duplicating. Throws PromptKitImportError (before writing
 * anything) when the page cannot be read. All writes share one transaction.
 */
export const importPromptKitPage = async (
  payload: Payload,
  text: string,
  opts: ImportPromptKitPageOptions = {},
): Promise<ImportPromptKitPageResult> => {
  const parsed = parsePromptKitPage(text)
  if (!parsed.ok) throw new PromptKitImportError(parsed.missing)
  const { page } = parsed
  const slugs = importSlugs(payload, opts.options?.slugs)

  return withTransaction(payload, opts.req, async (req) => {
    const map = await upsertTopicalMap(payload, req, slugs.topicalMaps, page)
    const { brief, created } = await upsertBrief(payload, req, slugs.briefs, page, map.id)
    const { map: topicalMap, pillarBrief } = await ensurePillarBrief(payload, req, slugs, map, page.pillarTitle)
    // A page about the pillar itself: its brief was just marked as the pillar.
    const current = pillarBrief && pillarBrief.id === brief.id ? pillarBrief : brief
    return { brief: current, created, pillarBrief, topicalMap }
  })
}
