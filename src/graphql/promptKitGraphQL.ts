import type { Config } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { generateTopicalMapResolver, topicalMapGenerationResolver } from './mapResolvers.js'
import { mapGraphQLTypes } from './mapTypes.js'
import { articlePipelineResolver, generateArticleResolver } from './resolvers.js'
import { promptKitGraphQLTypes } from './types.js'

type GraphQLConfig = NonNullable<Config['graphQL']>
type Extension = NonNullable<GraphQLConfig['queries']>

/** Run the host's extension (if any) and ours; the host's fields win on a name clash. */
const merge =
  (host: Extension | undefined, ours: Extension): Extension =>
  (GraphQL, context) => ({ ...ours(GraphQL, context), ...(host?.(GraphQL, context) ?? {}) })

/**
 * The host's `graphQL` config plus `query articlePipeline(article: ID!)` and
 * `mutation generateArticle(brief: ID, article: ID, phases: [String], force: Boolean, kitVersion: ID, feedback: [PromptKitPhaseFeedback!])`,
 * plus `mutation generateTopicalMap(…)` and `query topicalMapGeneration(topicalMap: ID!)`.
 */
export const withPromptKitGraphQL = (graphQL: Config['graphQL'], options: ResolvedPromptKitOptions): GraphQLConfig => ({
  ...(graphQL ?? {}),
  mutations: merge(graphQL?.mutations, (GraphQL) => ({
    generateArticle: {
      type: promptKitGraphQLTypes(GraphQL).run,
      // In the documented order: generateArticle(brief: ID, article: ID, phases: [String], force: Boolean, kitVersion: ID, feedback: [PromptKitPhaseFeedback!]).
      args: {
        brief: { type: GraphQL.GraphQLID },
        article: { type: GraphQL.GraphQLID },
        phases: { type: new GraphQL.GraphQLList(GraphQL.GraphQLString) },
        force: { type: GraphQL.GraphQLBoolean },
        kitVersion: { type: GraphQL.GraphQLID },
        feedback: {
          type: new GraphQL.GraphQLList(
            new GraphQL.GraphQLNonNull(
              new GraphQL.GraphQLInputObjectType({
                name: 'PromptKitPhaseFeedback',
                fields: {
                  phase: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
                  problems: { type: new GraphQL.GraphQLNonNull(new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(GraphQL.GraphQLString))) },
                },
              }),
            ),
          ),
        },
      },
      description:
        'Queue a generation run: give `article`, or `brief` (its article is created as a draft if needed). `phases` default to the whole kit; `force` ignores cached answers; `kitVersion` runs a saved version of a prompt kit; `feedback` re-runs each named phase with problems to fix in its prompt.',
      resolve: generateArticleResolver(options),
    },
    generateTopicalMap: {
      type: mapGraphQLTypes(GraphQL).generation,
      args: {
        topicalMap: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
        briefs: { type: new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(GraphQL.GraphQLID)) },
        phases: { type: new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(GraphQL.GraphQLString)) },
        force: { type: GraphQL.GraphQLBoolean },
        maxCostUsd: { type: GraphQL.GraphQLFloat },
        maxTokens: { type: GraphQL.GraphQLInt },
        dryRun: { type: GraphQL.GraphQLBoolean },
      },
      description:
        'Queue every brief of a topical map (or `briefs`), the pillar first, within a budget (`maxCostUsd`, `maxTokens`, else the map\'s default); `dryRun` only forecasts.',
      resolve: generateTopicalMapResolver(options),
    },
  })),
  queries: merge(graphQL?.queries, (GraphQL) => ({
    articlePipeline: {
      type: promptKitGraphQLTypes(GraphQL).pipeline,
      args: { article: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) } },
      description: "An article's generation status: last run, phases, token and cost totals.",
      resolve: articlePipelineResolver(options),
    },
    topicalMapGeneration: {
      type: mapGraphQLTypes(GraphQL).progress,
      args: { topicalMap: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) } },
      description: "Progress of the topical map's latest generation batch: per article status, phases done, cost; and totals.",
      resolve: topicalMapGenerationResolver(options),
    },
  })),
})
