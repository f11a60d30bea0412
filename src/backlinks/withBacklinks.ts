import type { CollectionConfig, Config } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { backlinksTask } from './backlinksTask.js'
import { queueBacklinksHook } from './queueBacklinksHook.js'

type JobsConfig = NonNullable<Config['jobs']>

/** The article collection with the publish hook that queues link proposals; appended to the host's hooks. */
export const withBacklinksHook = (
  collections: CollectionConfig[],
  options: ResolvedPromptKitOptions,
): CollectionConfig[] =>
  options.disabled || !options.backlinks
    ? collections
    : collections.map((c) =>
        c.slug === options.articles.collection
          ? {
              ...c,
              hooks: { ...c.hooks, afterChange: [...(c.hooks?.afterChange ?? []), queueBacklinksHook] },
            }
          : c,
      )

/** The backlinks task, registered even when off or disabled, so the jobs collection's schema does not change. */
export const withBacklinksJob = (jobs: JobsConfig, options: ResolvedPromptKitOptions): JobsConfig => ({
  ...jobs,
  tasks: [
    ...(jobs.tasks ?? []),
    backlinksTask(options.articles.collection) as NonNullable<JobsConfig['tasks']>[number],
  ],
})
