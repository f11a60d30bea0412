import type { PayloadRequest } from 'payload'

import type { GateArticle, PublishCheckReport } from '../gate/types.js'
import type { Doc } from '../pipeline/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'

import { primaryKeywordOf } from '../gate/primaryKeywordOf.js'
import { publishedLinkResolver } from '../gate/publishedLinkResolver.js'
import { runPublishChecks } from '../gate/runPublishChecks.js'

/** The pre-publish checklist on the article as stored (its latest draft), as the gate would run it. */
export const articleChecks = async (req: PayloadRequest, options: ResolvedPromptKitOptions, article: Doc): Promise<PublishCheckReport> =>
  runPublishChecks(article as GateArticle, {
    articlesCollection: options.articles.collection,
    primaryKeyword: await primaryKeywordOf(req, options.slugs.briefs, article.brief),
    resolveLinks: publishedLinkResolver(req),
  })
