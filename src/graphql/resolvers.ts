import type { PayloadRequest } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { checkRateLimit } from '../rateLimit/checkRateLimit.js'
import { rateLimitedGraphQLError } from '../rateLimit/rateLimitedGraphQLError.js'
import { HttpError } from '../shared/httpError.js'
import { generateBody } from '../endpoints/generateInput.js'
import { readPipelineStatus } from '../endpoints/pipelineEndpoint.js'
import { startGeneration } from '../endpoints/startGeneration.js'
import { toGraphQLError } from './toGraphQLError.js'

type Context = { req: PayloadRequest }

type GenerateArgs = {
  article?: null | string
  brief?: null | string
  feedback?: null | Array<{ phase: string; problems: string[] }>
  force?: boolean | null
  kitVersion?: null | string
  phases?: (null | string)[] | null
}

const guarded =
  <Args, Result>(resolve: (args: Args, req: PayloadRequest) => Promise<Result>) =>
  async (_source: unknown, args: Args, context: Context): Promise<Result> => {
    try {
      return await resolve(args, context.req)
    } catch (error) {
      throw toGraphQLError(error)
    }
  }

/** `generateArticle(brief, article, phases, force, kitVersion)`: the REST endpoint's checks, then queue. */
export const generateArticleResolver = (options: ResolvedPromptKitOptions) =>
  guarded<GenerateArgs, unknown>(async ({ article, brief, feedback, force, kitVersion, phases }, req) => {
    // Counted like the REST endpoints: every call of a logged-in user, before its arguments are checked.
    const limited = await checkRateLimit(req, 'generate')
    if (limited.limited) throw rateLimitedGraphQLError(limited)
    // GraphQL has typed the arguments already; zod adds what it cannot say (no empty phase list).
    const parsed = generateBody.safeParse({
      feedback: feedback ? Object.fromEntries(feedback.map(({ phase, problems }) => [phase, problems])) : undefined,
      force: force ?? undefined,
      kitVersion: kitVersion ?? undefined,
      phases: phases ?? undefined,
    })
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      const field = issue.path.join('.') || undefined
      throw new HttpError(400, field ? `${field}: ${issue.message}` : issue.message, field)
    }
    return startGeneration(req, options, { ...parsed.data, article, brief })
  })

/** `articlePipeline(article)`: the pipeline status, for users who may read the article. */
export const articlePipelineResolver = (options: ResolvedPromptKitOptions) =>
  guarded<{ article: string }, unknown>(({ article }, req) => readPipelineStatus(req, options, { article, idField: 'article' }))
