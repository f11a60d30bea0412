import type { Config } from 'payload'

import type { PromptKitPluginOptions } from './types.js'

import { createArticlesCollection, mergeIntoHostCollection } from './collections/articles.js'
import { createBriefsCollection } from './collections/briefs.js'
import { createGenerationsCollection } from './collections/generations.js'
import { createPromptKitsCollection } from './collections/promptKits.js'
import { createTopicalMapsCollection } from './collections/topicalMaps.js'
import { resolveOptions } from './defaults.js'
import { briefEndpoints } from './endpoints/briefEndpoints.js'
import { ensureDefaultKit } from './kit/ensureDefaultKit.js'
import { CUSTOM_KEY } from './pluginOptions.js'

/**
 * The plugin: adds topical maps, briefs, prompt kits, articles (or merges into the host's own
 * collection) and the generation log, plus endpoints and seeding. The incoming config is not mutated.
 */
export const promptKitPlugin =
  (pluginOptions: PromptKitPluginOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = resolveOptions(pluginOptions, incomingConfig)
    const { disabled, slugs } = options

    const hostCollections = (incomingConfig.collections ?? []).map((collection) =>
      options.articles.isHostCollection && collection.slug === slugs.articles
        ? mergeIntoHostCollection(collection, options)
        : collection,
    )
    const briefs = createBriefsCollection(options)
    const ownCollections = [
      createTopicalMapsCollection(options),
      disabled ? briefs : { ...briefs, endpoints: [...(briefs.endpoints || []), ...briefEndpoints(options)] },
      createPromptKitsCollection(options),
      ...(options.articles.isHostCollection ? [] : [createArticlesCollection(options)]),
      createGenerationsCollection(options),
    ]

    const config: Config = {
      ...incomingConfig,
      collections: [...hostCollections, ...ownCollections],
      // `custom` is server-only in Payload, so the resolved options (and API key) never reach the browser.
      custom: { ...(incomingConfig.custom ?? {}), [CUSTOM_KEY]: options },
    }
    if (disabled) return config

    const incomingOnInit = incomingConfig.onInit
    config.onInit = async (payload) => {
      if (incomingOnInit) await incomingOnInit(payload)
      if (options.seedDefaultKit) await ensureDefaultKit(payload, options)
    }
    return config
  }
