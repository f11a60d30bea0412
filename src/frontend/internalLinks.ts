import type { ArticlePath } from './articlePath.js'

import { defaultArticlePath } from './articlePath.js'
import { publishedDoc } from './publishedDoc.js'

export type InternalLinkRow = { anchorText?: null | string; article?: unknown; placement?: null | string }
export type RenderableLink = { anchorText: string; href: string; placement?: string }

/**
 * The article's `internalLinks` that can be real links: the target is populated (read at depth ≥ 1),
 * published and has a slug; a link to a draft or a deleted article is left out, not rendered dead.
 */
export const publishedInternalLinks = (
  rows: InternalLinkRow[] | null | undefined,
  articlePath: ArticlePath = defaultArticlePath,
): RenderableLink[] =>
  (rows ?? []).flatMap((row) => {
    const target = publishedDoc(row?.article)
    const anchorText = row?.anchorText?.trim()
    if (!target || !anchorText) return []
    const placement = row.placement?.trim()
    return [{ anchorText, href: articlePath(target), ...(placement ? { placement } : {}) }]
  })
