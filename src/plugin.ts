import type { CollectionConfig, Config, Endpoint } from 'payload'

import type { PromptKitPluginOptions } from './types.js'

import { createArticlesCollection, mergeIntoHostCollection } from './collections/articles.js'
import { createAuthorsCollection, withAuthorFieldsWhenAuthors } from './collections/authors.js'
import { createBriefsCollection } from './collections/briefs.js'
import { createGenerationsCollection } from './collections/generations.js'
import { createLlmRateBudgetsCollection } from './collections/llmRateBudgets.js'
import { createMapBatchesCollection } from './collections/mapBatches.js'
import { createPromptKitsCollection } from './collections/promptKits.js'
import { createRateLimitsCollection } from './collections/rateLimits.js'
import { createTopicalMapsCollection } from './collections/topicalMaps.js'
import { withBacklinksHook, withBacklinksJob } from './backlinks/withBacklinks.js'
import { resolveOptions } from './defaults.js'
import { articleEndpoints } from './endpoints/articleEndpoints.js'
import { briefEndpoints } from './endpoints/briefEndpoints.js'
import { kitPreviewEndpoints } from './endpoints/kitPreviewEndpoint.js'
import { withPromptKitGraphQL } from './graphql/promptKitGraphQL.js'
import { withPromptKitTranslations, withTranslatedGroup } from './i18n/withTranslations.js'
import { withoutVersionRoutes } from './endpoints/versionRoutes.js'
import { graphQLErrorLogging } from './endpoints/graphqlErrorLogging.js'
import { withPipelineJobs } from './jobs/jobsConfig.js'
import { withArticleImages, withHeroImageJob } from './images/withArticleImages.js'
import { withSiteSettings } from './globals/withSiteSettings.js'
import { ensureDefaultKit } from './kit/ensureDefaultKit.js'
import { installDatabaseRateLimits } from './llm/rateLimit/payloadBudgetStore.js'
import { withGenerateSelected } from './maps/withGenerateSelected.js'
import { CUSTOM_KEY } from './pluginOptions.js'
import { watchPool } from './shared/watchPool.js'

/** Append endpoints to a collection's own (a host collection may already have some). */
const withEndpoints = (collection: CollectionConfig, endpoints: Endpoint[]): CollectionConfig =>
  endpoints.length ? { ...collection, endpoints: [...(collection.endpoints || []), ...endpoints] } : collection

/**
 * The plugin: adds topical maps, briefs, prompt kits, articles (or merges into the host's own
 * collection) and the generation log, plus endpoints and seeding. The incoming config is not mutated.
 */
export const promptKitPlugin =
  (pluginOptions: PromptKitPluginOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = resolveOptions(pluginOptions, incomingConfig)
    const { disabled, slugs } = options

    const onArticles = disabled ? [] : articleEndpoints(options)
    const hostCollections = (incomingConfig.collections ?? []).map((collection) =>
      options.articles.isHostCollection && collection.slug === slugs.articles
        ? withEndpoints(mergeIntoHostCollection(collection, options), onArticles)
        : withAuthorFieldsWhenAuthors(collection, options),
    )
    const briefs = withGenerateSelected(createBriefsCollection(options), options)
    const i18n = withPromptKitTranslations(incomingConfig.i18n)
    // Payload answers 500 on /versions of a collection without versions; ours answer 404 (unless
    // disabled: then the plugin adds no endpoints at all).
    const ownCollections = [
      createTopicalMapsCollection(options),
      disabled ? briefs : withEndpoints(briefs, briefEndpoints(options)),
      withEndpoints(createPromptKitsCollection(options), disabled ? [] : kitPreviewEndpoints(options)),
      ...(options.articles.isHostCollection ? [] : [withEndpoints(createArticlesCollection(options), onArticles)]),
      ...(options.authors.create ? [createAuthorsCollection(options)] : []),
      createGenerationsCollection(options),
      // Registered even when disabled, so the schema does not change.
      createRateLimitsCollection(),
      createLlmRateBudgetsCollection(),
      createMapBatchesCollection(options),
    ]
      .map((collection) => withTranslatedGroup(collection, i18n.translations))
      .map((collection) => (disabled ? collection : withoutVersionRoutes(collection)))

    const config: Config = {
      ...incomingConfig,
      collections: withBacklinksHook(withArticleImages([...hostCollections, ...ownCollections], options), options),
      globals: withSiteSettings(incomingConfig.globals, options),
      // The plugin's labels in English and German, under the host's own translations.
      i18n,
      // A refused publish, or a where on a field the user may not read, is the client's to fix, not a
      // server fault: one info line, no stack trace.
      loggingLevels: { PublishGateError: 'info', QueryError: 'info', ...(incomingConfig.loggingLevels ?? {}) } as Config['loggingLevels'],
      // `custom` is server-only in Payload, so the resolved options (and API key) never reach the browser.
      custom: { ...(incomingConfig.custom ?? {}), [CUSTOM_KEY]: options },
      // Registered even when disabled, so the jobs collection's schema does not change; the task then refuses to run.
      jobs: withBacklinksJob(withHeroImageJob(withPipelineJobs(incomingConfig.jobs, options), options), options),
    }
    if (disabled) return config

    config.graphQL = withPromptKitGraphQL(incomingConfig.graphQL, options)
    // Payload logs every GraphQL error at error with a stack; refusals go to info on one line instead.
    Object.assign(config, graphQLErrorLogging(config))

    const incomingOnInit = incomingConfig.onInit
    config.onInit = async (payload) => {
      // First: a database restart while the host's onInit or the seeding runs must not end the process.
      watchPool(payload)
      // Every LLM request of this process waits for its model's shared budget (llm.rateLimits).
      installDatabaseRateLimits(payload, options.llm.rateLimits)
      if (incomingOnInit) await incomingOnInit(payload)
      if (options.seedDefaultKit) await ensureDefaultKit(payload, options)
    }
    return config
  }
