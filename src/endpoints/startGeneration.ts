import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'
import type { GenerateBody } from './generateInput.js'

import { generateArticle } from '../generateArticle.js'
import { HttpError } from './defineEndpoint.js'
import { readAsUser } from './readAsUser.js'

export type StartGenerationArgs = GenerateBody & {
  /** Article ID as given by the caller (URL segment or GraphQL argument). */
  article?: unknown
  /** Brief ID as given by the caller. */
  brief?: unknown
  /** Input name to blame for a bad ID: `id` for a URL segment, `article`/`brief` for GraphQL. */
  idField?: string
}

export type StartedRun = { articleId: number | string; phases: string[]; runId: string; status: 'queued' }

/**
 * Queue a run on behalf of `req.user`, shared by REST and GraphQL: the documents must be readable
 * by the user (404/403), `access.generate` must allow it (403), then the engine queues the run
 * (400 unknown phase, 409 run active).
 */
export const startGeneration = async (
  req: PayloadRequest,
  options: ResolvedPromptKitOptions,
  { article, brief, feedback, force, idField, kitVersion, phases }: StartGenerationArgs,
): Promise<StartedRun> => {
  if (!req.user) throw new HttpError(401, 'You must be logged in.')
  if (options.disabled) throw new HttpError(503, 'Generation is turned off: payload-prompt-kit runs with `disabled: true`.')
  const articles = options.articles.collection

  let articleDoc: { id: number | string } | undefined
  let briefDoc: { id: number | string } | undefined
  if (article !== undefined && article !== null) {
    articleDoc = await readAsUser(req, { collection: articles, field: idField ?? 'article', id: article, label: 'article' })
  }
  if (brief !== undefined && brief !== null) {
    briefDoc = await readAsUser(req, { collection: options.slugs.briefs, field: idField ?? 'brief', id: brief, label: 'brief' })
  }
  if (!articleDoc && !briefDoc) throw new HttpError(400, 'Give the article to generate or its brief.', 'article')

  // From a brief, the run regenerates the brief's existing article (the engine picks the oldest),
  // so that article's update rule applies; only a brief without one needs create access.
  const articleID = articleDoc?.id ?? (await oldestArticleOf(req, articles, briefDoc!.id))
  if (!(await options.access.generate({ articleID, req }))) {
    throw new HttpError(
      403,
      articleID === undefined
        ? 'You are not allowed to create articles, so you cannot generate one from this brief.'
        : `You are not allowed to generate article "${String(articleID)}".`,
    )
  }

  const { articleId, phases: runPhases, runId, status } = await generateArticle(req.payload, {
    article: articleDoc?.id,
    brief: briefDoc?.id,
    feedback,
    force,
    kitVersion,
    phases,
    req,
    user: req.user,
  })
  return { articleId, phases: runPhases, runId, status }
}

/** The article the engine would regenerate for this brief (same query as `generateArticle`). */
const oldestArticleOf = async (req: PayloadRequest, collection: string, briefId: number | string) => {
  const found = await req.payload.find({
    collection: collection as CollectionSlug,
    depth: 0,
    limit: 1,
    pagination: false,
    req,
    sort: 'createdAt',
    where: { brief: { equals: briefId } },
  })
  return found.docs[0]?.id as number | string | undefined
}
