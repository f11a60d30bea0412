import type { CollectionConfig, Config } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { heroImageEndpoint } from './hero/heroImageEndpoint.js'
import { heroImageTask } from './hero/heroImageTask.js'
import { queueHeroImageHook } from './hero/queueHeroImageHook.js'
import { uploadsFingerprintHook } from './uploadsFingerprintHook.js'

type JobsConfig = NonNullable<Config['jobs']>

/** The image plan's hooks and the hero-image endpoint on the article collection; appended, never replacing the host's. */
const withImageHooks = (collection: CollectionConfig, options: ResolvedPromptKitOptions): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    endpoints: [...(collection.endpoints || []), heroImageEndpoint(options)],
    hooks: {
      ...hooks,
      beforeValidate: [...(hooks.beforeValidate ?? []), uploadsFingerprintHook],
      afterChange: [...(hooks.afterChange ?? []), ...(options.images.generate ? [queueHeroImageHook(options)] : [])],
    },
  }
}

/** The collections with the article collection's image behaviour added (none when the plugin is disabled). */
export const withArticleImages = (collections: CollectionConfig[], options: ResolvedPromptKitOptions): CollectionConfig[] =>
  options.disabled ? collections : collections.map((c) => (c.slug === options.articles.collection ? withImageHooks(c, options) : c))

/** The hero image task, registered even when off or disabled, so the jobs collection's schema does not change. */
export const withHeroImageJob = (jobs: JobsConfig, options: ResolvedPromptKitOptions): JobsConfig => ({
  ...jobs,
  tasks: [...(jobs.tasks ?? []), heroImageTask(options.articles.collection) as NonNullable<JobsConfig['tasks']>[number]],
})
