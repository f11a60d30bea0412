import type { CheckResult, GateArticle, PublishCheckContext, PublishCheckReport } from './types.js'

import { checkEeat } from './checks/eeat.js'
import { checkFaq } from './checks/faq.js'
import { checkHeadingLevels, checkSingleH1 } from './checks/headings.js'
import { articleLinks, checkInternalLinks } from './checks/internalLinks.js'
import { checkKeywordPlacement } from './checks/keywordPlacement.js'
import { checkMetaLength } from './checks/metaLength.js'
import { linkKey } from './types.js'

/**
 * Run the pre-publish checklist on an article (the document as it will be saved). Only link
 * resolution touches the database, through `resolveLinks`; every other check is pure.
 */
export const runPublishChecks = async (
  article: GateArticle,
  { articlesCollection = 'articles', primaryKeyword, resolveLinks }: PublishCheckContext,
): Promise<PublishCheckReport> => {
  const links = articleLinks(article, articlesCollection)
  const targets = [
    ...new Map(
      links.flatMap((link) => (link.target ? ([[linkKey(link.target), link.target]] as const) : [])),
    ).values(),
  ]
  const published = targets.length ? await resolveLinks(targets) : new Set<string>()

  const results: CheckResult[] = [
    ...checkMetaLength(article),
    ...checkSingleH1(article),
    ...checkHeadingLevels(article),
    ...checkKeywordPlacement(article, primaryKeyword),
    ...checkFaq(article),
    ...checkInternalLinks(links, published),
    ...checkEeat(article),
  ]
  const failed = results.filter((r) => !r.ok)
  const errors = failed.filter((r) => r.severity === 'error')
  return {
    errors,
    ok: errors.length === 0,
    results,
    warnings: failed.filter((r) => r.severity === 'warning'),
  }
}
