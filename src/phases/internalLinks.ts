import type { PhaseHandler } from './types.js'

import { prettyJson } from './promptText.js'
import { sameMapArticles } from './sameMapArticles.js'
import { phaseSchemas } from './schemas/index.js'

/** Models sometimes write a path ("/articles/x/") where a slug was asked for. */
const toSlug = (target: string) => target.trim().replace(/^\/+|\/+$/g, '').split('/').at(-1) ?? ''

/**
 * Keeps the links whose target slug is an article of the same topical map; a link the model invented
 * (or one to another map, or to this article) is dropped with a warning rather than stored broken.
 */
export const internalLinksHandler: PhaseHandler<'internalLinks'> = {
  kind: 'internalLinks',
  format: 'json',
  schema: phaseSchemas.internalLinks,
  fields: ['internalLinks'],
  toArticleData: async ({ links }, ctx) => {
    const targets = await sameMapArticles([...new Set(links.map((link) => toSlug(link.targetSlug)))], ctx)
    const warnings: string[] = []
    const internalLinks = links.flatMap(({ anchorText, placement, targetSlug }) => {
      const article = targets.get(toSlug(targetSlug))
      if (article === undefined) {
        warnings.push(`link to ${targetSlug} dropped: no such article in this topical map`)
        return []
      }
      return [{ article, anchorText, placement }]
    })
    return { data: { internalLinks }, warnings }
  },
  toPromptText: prettyJson,
}
