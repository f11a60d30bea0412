import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { RunState } from './pipeline/store/articles.js'
import type { Doc, Id, RunKit } from './pipeline/types.js'
import type { ResolvedPromptKitOptions } from './types.js'

import { HttpError } from './shared/httpError.js'
import { RUN_PIPELINE_TASK, type RunPipelineTaskInput } from './jobs/runPipelineTask.js'
import { createLlmClient, LlmConfigError } from './llm/index.js'
import { activeRunOf } from './pipeline/activeRun.js'
import { withArticleLock } from './pipeline/store/articleLock.js'
import { phaseRows, readArticle, updateArticle, withPhaseChanges, withRunChange } from './pipeline/store/articles.js'
import { withDependencies } from './pipeline/dag.js'
import { loadRunKit, PipelineSetupError } from './pipeline/loadKit.js'
import { ownReq } from './pipeline/ownReq.js'
import { readBrief } from './pipeline/readBrief.js'
import { newRunId } from './pipeline/runId.js'
import { idOf } from './pipeline/types.js'
import { getPromptKitOptions } from './pluginOptions.js'
import { settledLater } from './shared/settledLater.js'

export type GenerateArticleArgs = {
  /** The article to generate. Give this or `brief`. */
  article?: Id
  /** A brief: its article is generated, or a draft article is created for it. */
  brief?: Id
  /**
   * Per phase key: problems a re-run of that phase must fix (an SEO review item, a failed check). The
   * phase runs (it is added to `phases`) with these lines and its last output in its prompt.
   */
  feedback?: Record<string, string[]>
  /** Ignore cached answers and call the LLM for every phase that runs. @default false */
  force?: boolean
  /**
   * Run with this saved version of the kit (an ID from `payload.findVersions({ collection: 'prompt-kits' })`).
   * @default the brief's kit as it is now
   */
  kitVersion?: Id
  /** Phases to run; dependencies that are not done are added. @default every phase of the kit */
  phases?: string[]
  /**
   * The caller's request: its user, locale and context reach the Local API calls. Its transaction is
   * not joined (the queued run is visible to workers at once) unless `req` comes from
   * `inCallerTransaction(req)`: then the draft article and the job are written in it and appear when
   * the caller commits (a hook inside a save).
   */
  req?: PayloadRequest
  /** Who started the run; recorded on the run and its generations. @default req.user */
  user?: { id: Id } | null
}

export type GenerateArticleResult = {
  articleId: Id
  /** ID of the queued job. */
  jobId: Id
  /** Every phase the run will execute, in kit order. */
  phases: string[]
  runId: string
  status: 'queued'
}

/** ID of the brief's article (the oldest, if several), or undefined when it has none yet. */
const articleIdOfBrief = async (payload: Payload, options: ResolvedPromptKitOptions, briefId: Id, req?: PayloadRequest): Promise<Id | undefined> => {
  const found = await payload.find({
    collection: options.articles.collection as CollectionSlug,
    depth: 0,
    limit: 1,
    pagination: false,
    req: ownReq(req),
    // Next to nothing: the run reads the article itself.
    select: { createdAt: true },
    sort: 'createdAt',
    where: { brief: { equals: briefId } },
  })
  return (found.docs[0] as Doc | undefined)?.id
}

type QueueArgs = { args: GenerateArticleArgs; kitVersion: null | string; phases: string[]; runId: string; userId?: Id }

/** The run's state while it waits for a worker. */
const queuedRun = ({ kitVersion, phases, runId, userId }: QueueArgs, job: null | string): RunState => ({
  error: null,
  finishedAt: null,
  job,
  kitVersion,
  phases,
  runId,
  startedAt: null,
  status: 'queued',
  triggeredBy: userId ?? null,
})

/** Queue the run's job. Cast: the task slug is not in the host's generated TypedJobs. */
const queueJob = async (payload: Payload, articleId: Id, { args, kitVersion, phases, runId, userId }: QueueArgs): Promise<{ id: Id }> => {
  const input: RunPipelineTaskInput = {
    article: String(articleId),
    feedback: args.feedback && Object.keys(args.feedback).length ? args.feedback : null,
    force: args.force ?? false,
    kitVersion,
    phases,
    run: runId,
    user: userId === undefined ? null : String(userId),
  }
  return (await payload.jobs.queue({ input, req: ownReq(args.req), task: RUN_PIPELINE_TASK } as never)) as { id: Id }
}

const queueFailed = (err: unknown) => `The run could not be queued: ${err instanceof Error ? err.message : String(err)}`

type Request = {
  brief: Doc
  /** The article to generate; undefined when the brief has none yet. */
  existingId?: Id
  kit: RunKit
  options: ResolvedPromptKitOptions
  queue: (phases: string[]) => QueueArgs
  /** Requested phases (every phase of the kit when none were named), before dependencies are added. */
  requested: string[]
}

/** Check the settings and the arguments, and read what they name: the article, its brief, the kit. */
const readRequest = async (payload: Payload, args: GenerateArticleArgs): Promise<Request> => {
  const options = getPromptKitOptions(payload)
  if (options.disabled) throw new HttpError(503, 'Generation is turned off: payload-prompt-kit runs with `disabled: true`.')
  if (args.article === undefined && args.brief === undefined) throw new HttpError(400, 'Give the article to generate or its brief.', 'article')
  try {
    // Only checks the settings; nothing is sent.
    createLlmClient({ apiKey: options.llm.apiKey, baseURL: options.llm.baseURL, model: options.llm.model })
  } catch (err) {
    if (err instanceof LlmConfigError) throw new HttpError(503, err.message)
    throw err
  }
  const { req } = args
  let briefId = args.brief
  if (args.article !== undefined) {
    const found = (await payload.findByID({
      collection: options.articles.collection as CollectionSlug,
      depth: 0,
      disableErrors: true,
      draft: true,
      id: args.article,
      req: ownReq(req),
    })) as Doc | null
    if (!found) throw new HttpError(404, `No article with ID ${String(args.article)}.`, 'article')
    briefId = idOf(found.brief) ?? args.brief
    if (briefId === undefined) throw new HttpError(400, 'The article has no brief; link a brief to it first.', 'brief')
  }
  // Given a brief, its article (if any) is looked up alongside the brief itself.
  const existingRead = args.article !== undefined ? Promise.resolve(args.article) : settledLater(articleIdOfBrief(payload, options, briefId!, req))
  const brief = await readBrief(payload, options, briefId!, req)
  if (!brief) throw new HttpError(404, `No brief with ID ${String(briefId)}.`, 'brief')
  let kit: RunKit
  try {
    kit = await loadRunKit(payload, options, brief, req, args.kitVersion)
  } catch (err) {
    if (err instanceof PipelineSetupError) throw new HttpError(400, err.message, args.kitVersion === undefined ? 'kit' : 'kitVersion')
    throw err
  }
  const kitOrder = kit.phases.map((p) => p.key)
  for (const key of args.phases ?? []) {
    if (!kitOrder.includes(key)) throw new HttpError(400, `Unknown phase "${key}"; the kit has: ${kitOrder.join(', ')}`, 'phases')
  }
  const revised = Object.keys(args.feedback ?? {})
  for (const key of revised) {
    if (!kitOrder.includes(key)) throw new HttpError(400, `Unknown phase "${key}"; the kit has: ${kitOrder.join(', ')}`, 'feedback')
  }
  // Phases given feedback always run; with feedback alone, only they do.
  const named = revised.length ? [...new Set([...(args.phases ?? []), ...revised])] : args.phases
  const userId = args.user?.id ?? (req?.user as { id?: Id } | null | undefined)?.id
  const queue = (phases: string[]): QueueArgs => ({ args, kitVersion: args.kitVersion === undefined ? null : String(args.kitVersion), phases, runId: newRunId(), userId })
  return { brief, existingId: await existingRead, kit, options, queue, requested: named?.length ? named : kitOrder }
}

const queuedRows = (article: Doc | null, phases: string[], kit: RunKit) =>
  withPhaseChanges(article ?? ({} as Doc), Object.fromEntries(phases.map((key) => [key, { error: null, status: 'queued' }])), kit.phases.map((p) => p.key))

/**
 * A new draft is created with its run queued: one save. The job's ID reaches the article when the
 * run starts; until then activeRunOf finds the job by the run's ID.
 */
const queueForNewArticle = async (payload: Payload, { brief, kit, options, queue, requested }: Request, req?: PayloadRequest): Promise<GenerateArticleResult> => {
  const run = queue(withDependencies(kit.phases, requested, () => true))
  const created = (await payload.create({
    collection: options.articles.collection as CollectionSlug,
    data: { brief: brief.id, pipeline: queuedRows(null, run.phases, kit), run: queuedRun(run, null), title: String(brief.title ?? 'Untitled article') },
    depth: 0,
    draft: true,
    req: ownReq(req),
  })) as Doc
  let job: { id: Id }
  try {
    job = await queueJob(payload, created.id, run)
  } catch (err) {
    // Nothing will run: no phase of the new article is queued after all.
    const target = { articleId: created.id, options, payload, req }
    await updateArticle(target, (current) => ({ pipeline: [], run: withRunChange(current, { error: queueFailed(err), status: 'failed' }) }))
    throw err
  }
  return { articleId: created.id, jobId: job.id, phases: run.phases, runId: run.runId, status: 'queued' }
}

/** Check, queue and mark under the article's lock, so two calls in this process cannot both pass the check. */
const queueForArticle = (payload: Payload, articleId: Id, { brief, kit, options, queue, requested }: Request, req?: PayloadRequest): Promise<GenerateArticleResult> =>
  withArticleLock(articleId, async () => {
    const target = { articleId, options, payload, req }
    const current = await readArticle(target)
    const active = await activeRunOf(payload, current, req)
    if (active) throw new HttpError(409, `A generation run is already active for this article (run ${String(active.runId)}, ${String(active.status)}).`)
    const rows = new Map(phaseRows(current).map((row) => [row.phase, row]))
    // As in runPipeline: an edited phase has output, it is not re-run for its dependants.
    const hasOutput = (key: string) => rows.get(key)?.status === 'done' || rows.get(key)?.status === 'edited'
    const run = queue(withDependencies(kit.phases, requested, (key) => !hasOutput(key)))
    const save = (data: Record<string, unknown>) =>
      payload.update({ collection: options.articles.collection as CollectionSlug, data, depth: 0, draft: true, id: articleId, req: ownReq(req) })

    // Queued first, so the run's state and its job land in one draft save (every save is a version).
    let job: { id: Id }
    try {
      job = await queueJob(payload, articleId, run)
    } catch (err) {
      await save({ run: withRunChange(current, { ...queuedRun(run, null), error: queueFailed(err), status: 'failed' }) })
      throw err
    }
    // A worker in another process may have started the job already (it reads its input, not this
    // state); then only the job is added, so its `running` state and rows are not overwritten.
    const latest = await readArticle(target)
    const started = (latest.run as RunState | undefined)?.runId === run.runId
    await save({
      ...(idOf(latest.brief) === undefined ? { brief: brief.id } : {}),
      ...(started ? {} : { pipeline: queuedRows(latest, run.phases, kit) }),
      run: withRunChange(latest, started ? { job: String(job.id) } : queuedRun(run, String(job.id))),
    })
    return { articleId, jobId: job.id, phases: run.phases, runId: run.runId, status: 'queued' as const }
  })

/**
 * Queue a generation run for an article (found or created from its brief). Throws `HttpError`s meant
 * for API answers: 400 for unknown phases or a missing brief, 404 for missing documents, 409 when a
 * run is already active for the article, 503 when no LLM is configured.
 */
export const generateArticle = async (payload: Payload, args: GenerateArticleArgs): Promise<GenerateArticleResult> => {
  const request = await readRequest(payload, args)
  return request.existingId === undefined
    ? queueForNewArticle(payload, request, args.req)
    : queueForArticle(payload, request.existingId, request, args.req)
}
