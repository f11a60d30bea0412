import type { Payload, TaskConfig } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { publishIfGatePasses } from '../gate/publishIfGatePasses.js'
import { getPromptKitOptions } from '../pluginOptions.js'
import { runAndRefine } from '../refine/runAndRefine.js'
import { isConnectionError } from '../shared/dbRetry.js'
import { idFromText } from './ids.js'
import { holdJobLease } from './jobLease.js'

export const RUN_PIPELINE_TASK = 'promptKitRunPipeline'

/**
 * Further attempts of a job whose handler threw (a bug, or the database away for longer than
 * `pipeline.dbOutageMaxWaitMs`). A run that failed is not retried here: the run already waited out
 * LLM and database outages as long as the options allow, and reported one clear reason.
 */
export const RUN_PIPELINE_RETRIES = 2

export type RunPipelineTaskInput = {
  /** Article ID, as text. */
  article: string
  /** Per phase key: problems its re-run must fix (see RunPipelineArgs.feedback). */
  feedback?: null | Record<string, string[]>
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

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0]

/** One line for a handler that threw; Payload records the error on the job and retries it. */
const logThrown = (payload: Payload, label: string, err: unknown) => {
  if (isConnectionError(err)) {
    payload.logger.warn(`payload-prompt-kit: ${label}: database unreachable (${messageOf(err)}); the job is retried, or taken over once its lease lapses`)
  } else {
    payload.logger.error({ err, msg: `payload-prompt-kit: ${label}: unexpected error; the job will be retried` })
  }
}

/**
 * The Payload task that executes one generation run and its refinement rounds. It lives in the jobs queue (so it survives a
 * restart before it starts) and resumes when run again: phases this run already finished are skipped.
 * While it runs it holds a lease on its job (see jobLease), so the job is taken over if this
 * process dies. One article runs one job at a time (concurrency key; needs `jobs.enableConcurrencyControl`).
 *
 * A failed run completes the job with `status: 'failed'` (one warn line): returning Payload's
 * `state: 'failed'` would retry it and log the whole job as an error.
 */
export const runPipelineTask = (options: ResolvedPromptKitOptions): TaskConfig<RunPipelineTaskIO> => ({
  slug: RUN_PIPELINE_TASK,
  concurrency: {
    exclusive: true,
    key: ({ input }) => `${RUN_PIPELINE_TASK}:${options.articles.collection}:${input.article}`,
  },
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const label = `job ${String(job.id)} (run ${input.run}, article ${input.article})`
    if (getPromptKitOptions(payload).disabled) {
      const error = 'payload-prompt-kit is disabled (option `disabled: true`); generation does not run.'
      payload.logger.warn(`payload-prompt-kit: ${label}: ${error}`)
      return { output: { error, status: 'failed' } }
    }
    const stopLease = holdJobLease(payload, job.id)
    try {
      const articleId = idFromText(payload, input.article)
      const result = await runAndRefine(payload, {
        articleId,
        feedback: input.feedback ?? undefined,
        force: input.force ?? false,
        jobId: job.id,
        kitVersion: input.kitVersion || undefined,
        phases: input.phases?.length ? input.phases : undefined,
        req,
        runId: input.run,
        userId: input.user ? idFromText(payload, input.user) : undefined,
      })
      if (result.status === 'failed') payload.logger.warn(`payload-prompt-kit: ${label} failed: ${result.error ?? 'a phase failed'}`)
      // After refinement: the checks it could not make pass keep the article a draft.
      else if (options.autoPublish) await publishIfGatePasses(payload, articleId, { req })
      return { output: { error: result.error ?? null, status: result.status } }
    } catch (err) {
      logThrown(payload, label, err)
      throw err
    } finally {
      await stopLease()
    }
  },
  inputSchema: [
    { name: 'article', type: 'text', required: true },
    { name: 'run', type: 'text', required: true },
    { name: 'phases', type: 'json' },
    { name: 'feedback', type: 'json' },
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
