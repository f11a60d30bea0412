import type { GateArticle } from '../../../src/gate/types.js'

import { buildArticleJsonLd } from '../../../src/frontend/buildArticleJsonLd.js'
import { publishableArticle } from '../../support/publishableArticle.js'

/** The publishable fixture with `overrides`, and JSON-LD rebuilt from it as the sync hook would. */
export const gateArticle = (overrides: Record<string, unknown> = {}): GateArticle => {
  const article = publishableArticle(overrides) as GateArticle & Record<string, unknown>
  if ('jsonLd' in overrides) return article
  return {
    ...article,
    jsonLd: buildArticleJsonLd(article, { articlePath: () => '/a', siteUrl: 'https://example.com' }),
  }
}

/** A string of exactly `n` characters. */
export const chars = (n: number, fill = 'x') => fill.repeat(n)

/** The result with `id` from a list of results; fails the test when it is missing. */
export const byId = <T extends { id: string }>(results: T[], id: string): T => {
  const found = results.find((r) => r.id === id)
  if (!found) throw new Error(`no result "${id}" in ${results.map((r) => r.id).join(', ')}`)
  return found
}
