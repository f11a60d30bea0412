import type * as GraphQLModule from 'graphql'
import type { Config } from 'payload'

import type { PipelineStatus } from '../pipeline/status.js'

/** The `graphql` module as Payload passes it to `graphQL.queries`/`mutations`. */
export type GraphQL = Parameters<NonNullable<NonNullable<Config['graphQL']>['queries']>>[0]

export type PromptKitGraphQLTypes = {
  /** `PromptKitJSON`: any JSON value; for extensions that build on these types (mapTypes.ts). */
  json: GraphQLModule.GraphQLScalarType
  pipeline: GraphQLModule.GraphQLObjectType
  run: GraphQLModule.GraphQLObjectType
}

/**
 * Types are built with the `graphql` module Payload hands to extensions (a second copy of the
 * module would make "duplicate graphql" errors), and once per module: `queries` and `mutations`
 * are built separately, and two objects named `PromptKitJSON` in one schema would be rejected.
 */
const built = new WeakMap<GraphQL, PromptKitGraphQLTypes>()

/** The per-phase status and the LLM wait, the parts of an article's pipeline state. */
const statusTypes = (GraphQL: GraphQL, json: GraphQLModule.GraphQLScalarType) => {
  const { GraphQLFloat, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const strings = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLString)))
  const phase = new GraphQLObjectType({
    name: 'PromptKitPhaseStatus',
    fields: {
      cost: { type: GraphQLFloat, description: 'USD, from `llm.pricing`.' },
      dependsOn: { type: strings },
      error: { type: GraphQLString },
      generation: { type: json, description: 'The generation behind the current output (ID or document).' },
      group: { type: GraphQLString },
      key: { type: new GraphQLNonNull(GraphQLString) },
      latencyMs: { type: GraphQLFloat },
      status: { type: new GraphQLNonNull(GraphQLString) },
      title: { type: GraphQLString },
      tokens: { type: GraphQLInt },
      updatedAt: { type: GraphQLString },
    },
  })

  const llmWait = new GraphQLObjectType({
    name: 'PromptKitLlmWait',
    description: 'The active run waits for the LLM endpoint (unreachable, 5xx or rate-limited) and tries again by itself.',
    fields: {
      nextTryAt: { type: GraphQLString, description: 'When the next request goes out (ISO date).' },
      reason: { type: GraphQLString, description: "The endpoint's latest failure." },
      since: { type: new GraphQLNonNull(GraphQLString), description: 'Waiting since (ISO date).' },
    },
  })

  return { llmWait, phase }
}

export const promptKitGraphQLTypes = (GraphQL: GraphQL): PromptKitGraphQLTypes => {
  const cached = built.get(GraphQL)
  if (cached) return cached
  const { GraphQLFloat, GraphQLID, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType, GraphQLString } =
    GraphQL
  const strings = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLString)))

  // Payload's own `JSON` scalar is not reachable from an extension, and reusing its name would clash.
  const json = new GraphQLScalarType({
    name: 'PromptKitJSON',
    description: 'Any JSON value (a document as stored, with relationship IDs).',
    parseLiteral: (ast) => GraphQL.valueFromASTUntyped(ast),
    parseValue: (value) => value,
    serialize: (value) => value,
  })

  const run = new GraphQLObjectType({
    name: 'PromptKitRun',
    description: 'A generation run that was queued.',
    fields: {
      articleId: { type: new GraphQLNonNull(GraphQLID) },
      phases: { type: strings, description: 'Phases the run executes, dependencies included.' },
      runId: { type: new GraphQLNonNull(GraphQLString) },
      status: { type: new GraphQLNonNull(GraphQLString) },
    },
  })

  const { llmWait, phase } = statusTypes(GraphQL, json)
  const pipeline = new GraphQLObjectType({
    name: 'PromptKitPipeline',
    description: "An article's generation state: the last run, every phase of its kit, and totals.",
    fields: {
      article: { type: json },
      phases: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(phase))) },
      run: { type: json },
      totals: {
        type: new GraphQLNonNull(
          new GraphQLObjectType({
            name: 'PromptKitPipelineTotals',
            fields: { cost: { type: GraphQLFloat }, tokens: { type: GraphQLInt } },
          }),
        ),
      },
      waitingForLlm: {
        type: llmWait,
        description: 'Set while the active run waits for the LLM endpoint; also in `run.waitingForLlm`.',
        resolve: (status: PipelineStatus) => status.run?.waitingForLlm ?? null,
      },
    },
  })

  const types = { json, pipeline, run }
  built.set(GraphQL, types)
  return types
}
