import type { TaskConfig } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { publishIfGatePasses } from '../gate/publishIfGatePasses.js'
import { updateArticle, withRunChange } from '../pipeline/articleState.js'
import { runPipeline } from '../pipeline/runPipeline.js'
import { getPromptKitOptions } from '../pluginOptions.js'
import { idFromText } from './ids.js'

export const RUN_PIPELINE_TASK = 'promptKitRunPipeline'

/** Further attempts of a run after a transient failure (rate limit, 5xx, timeout); done phases are skipped. */
export const RUN_PIPELINE_RETRIES = 2

export type RunPipelineTaskInput = {
  /** Article ID, as text. */
  article: string
  force?: boolean | null
  /** A prompt-kits version ID to run with instead of the current kit. */
  kitVersion?: null | string
  /** Phases the run executes (dependencies included); empty means every phase of the kit. */
  phases?: null | string[]
  run: string
  /** ID of the user who started the run, as text. */
  user?: null | string
}

export type RunPipelineTaskOutput = { error?: null | string; status: string }

type RunPipelineTaskIO = { input: RunPipelineTaskInput; output: RunPipelineTaskOutput }

/**
 * The Payload task that executes one generation run. It lives in the jobs queue (so it survives a
 * restart before it starts) and resumes on retry: phases this run already finished are skipped.
 * One article runs one job at a time (concurrency key; needs `jobs.enableConcurrencyControl`).
 */
export const runPipelineTask = (options: ResolvedPromptKitOptions): TaskConfig<RunPipelineTaskIO> => ({
  slug: RUN_PIPELINE_TASK,
  concurrency: {
    exclusive: true,
    key: ({ input }) => `${RUN_PIPELINE_TASK}:${options.articles.collection}:${input.article}`,
  },
  handler: async ({ input, job, req }) => {
    const { payload } = req
    if (getPromptKitOptions(payload).disabled) {
      return { errorMessage: 'payload-prompt-kit is disabled (option `disabled: true`); generation does not run.', state: 'failed' }
    }
    const articleId = idFromText(payload, input.article)
    const result = await runPipeline(payload, {
      articleId,
      force: input.force ?? false,
      jobId: job.id,
      kitVersion: input.kitVersion || undefined,
      phases: input.phases?.length ? input.phases : undefined,
      req,
      runId: input.run,
      userId: input.user ? idFromText(payload, input.user) : undefined,
    })
    if (result.status === 'failed' && result.retryable && (job.totalTried ?? 0) < RUN_PIPELINE_RETRIES) {
      // Still this run's turn: show it as waiting for the retry rather than finished.
      await updateArticle({ articleId, options, payload, req }, (article) => ({
        run: withRunChange(article, { error: `${result.error ?? 'failed'} (will retry)`, finishedAt: null, status: 'queued' }),
      }))
      return { errorMessage: result.error ?? 'A phase failed; retrying.', state: 'failed' }
    }
    if (result.status === 'succeeded' && options.autoPublish) {
      // The gate decides; a refusal leaves a draft for review and is logged by publishIfGatePasses.
      await publishIfGatePasses(payload, articleId, { req })
    }
    return { output: { error: result.error ?? null, status: result.status } }
  },
  inputSchema: [
    { name: 'article', type: 'text', required: true },
    { name: 'run', type: 'text', required: true },
    { name: 'phases', type: 'json' },
    { name: 'force', type: 'checkbox' },
    { name: 'kitVersion', type: 'text' },
    { name: 'user', type: 'text' },
  ],
  label: 'Prompt kit: generate article',
  outputSchema: [
    { name: 'status', type: 'text' },
    { name: 'error', type: 'textarea' },
  ],
  retries: { attempts: RUN_PIPELINE_RETRIES, backoff: { delay: 5_000, type: 'exponential' } },
})
