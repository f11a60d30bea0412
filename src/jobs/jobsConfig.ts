import type { Config } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { runPipelineTask } from './runPipelineTask.js'

/**
 * The host's `jobs` config plus our task. Everything the host set (autoRun, access, its own tasks)
 * is kept; concurrency control is turned on unless the host turned it off explicitly.
 */
export const withPipelineJobs = (jobs: Config['jobs'], options: ResolvedPromptKitOptions): NonNullable<Config['jobs']> => ({
  ...(jobs ?? {}),
  enableConcurrencyControl: jobs?.enableConcurrencyControl ?? true,
  tasks: [...(jobs?.tasks ?? []), runPipelineTask(options) as NonNullable<NonNullable<Config['jobs']>['tasks']>[number]],
})
