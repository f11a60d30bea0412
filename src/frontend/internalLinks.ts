import type { ArticlePath } from './articlePath.js'

import { defaultArticlePath } from './articlePath.js'
import { renderedTarget } from './linkRule.js'

export type InternalLinkRow = { anchorText?: null | string; article?: unknown; placement?: null | string }
export type RenderableLink = { anchorText: string; href: string; placement?: string }

/**
 * The article's `internalLinks` that are real links now: the target is populated (read at depth ≥ 1),
 * published and has a slug. A link to an article not published yet waits (kept, not rendered) and
 * appears once its target is published; one to a deleted article is left out, never rendered dead.
 */
export const publishedInternalLinks = (
  rows: InternalLinkRow[] | null | undefined,
  articlePath: ArticlePath = defaultArticlePath,
): RenderableLink[] =>
  (rows ?? []).flatMap((row) => {
    const target = renderedTarget('internalLinks', row?.article)
    const anchorText = row?.anchorText?.trim()
    if (!target || !anchorText) return []
    const placement = row.placement?.trim()
    return [{ anchorText, href: articlePath(target), ...(placement ? { placement } : {}) }]
  })
