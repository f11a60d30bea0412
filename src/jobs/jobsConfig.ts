import type { Config, Payload } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { isConnectionError } from '../shared/dbRetry.js'
import { releaseLapsedJobs } from './releaseLapsedJobs.js'
import { runPipelineTask } from './runPipelineTask.js'

type JobsConfig = NonNullable<Config['jobs']>

/**
 * Before each tick of Payload's own runner (`jobs.autoRun`), hand back generation jobs whose lease
 * lapsed, so the app resumes work of a dead worker without any worker running. `shouldAutoRun` is
 * Payload's documented hook called right before each autoRun tick, and only where autoRun is
 * active: no timer of our own to start or to stop (Payload stops its crons on destroy). A failed
 * release never stops the tick; the host's own `shouldAutoRun` still decides.
 */
const releasingBeforeAutoRun =
  (hostShouldAutoRun: JobsConfig['shouldAutoRun']) =>
  async (payload: Payload): Promise<boolean> => {
    try {
      await releaseLapsedJobs(payload)
    } catch (err) {
      const why = isConnectionError(err) ? 'database unreachable' : 'unexpected error'
      payload.logger.warn(`payload-prompt-kit: could not release lapsed generation jobs before the job runner's tick (${why}: ${err instanceof Error ? err.message : String(err)})`)
    }
    return hostShouldAutoRun ? hostShouldAutoRun(payload) : true
  }

/**
 * The host's `jobs` config plus our task. Everything the host set (autoRun, access, its own tasks)
 * is kept; concurrency control is turned on unless the host turned it off explicitly.
 */
export const withPipelineJobs = (jobs: Config['jobs'], options: ResolvedPromptKitOptions): JobsConfig => ({
  ...(jobs ?? {}),
  enableConcurrencyControl: jobs?.enableConcurrencyControl ?? true,
  shouldAutoRun: releasingBeforeAutoRun(jobs?.shouldAutoRun),
  tasks: [...(jobs?.tasks ?? []), runPipelineTask(options) as NonNullable<JobsConfig['tasks']>[number]],
})
