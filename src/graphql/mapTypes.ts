import type * as GraphQLModule from 'graphql'

import type { GraphQL } from './types.js'

import { promptKitGraphQLTypes } from './types.js'

export type MapGraphQLTypes = {
  generation: GraphQLModule.GraphQLObjectType
  progress: GraphQLModule.GraphQLObjectType
}

/** Built once per `graphql` module, like promptKitGraphQLTypes (queries and mutations are built apart). */
const built = new WeakMap<GraphQL, MapGraphQLTypes>()

/** `generateTopicalMap`'s answer; forecast and batch entries stay JSON (their shape is in the README). */
const generationType = (GraphQL: GraphQL, json: GraphQLModule.GraphQLScalarType) => {
  const { GraphQLList, GraphQLNonNull, GraphQLObjectType } = GraphQL
  const jsonList = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(json)))
  return new GraphQLObjectType({
    name: 'PromptKitMapGeneration',
    description: 'A queued map batch (or, for a dry run, only its forecast and what would be skipped).',
    fields: {
      batch: { type: json, description: 'The recorded batch; null for a dry run.' },
      forecast: {
        type: new GraphQLNonNull(json),
        description: 'Per article and total: calls, prompt tokens, completion allowance, cost; and the time.',
      },
      queued: { type: jsonList },
      skipped: {
        type: jsonList,
        description: 'Briefs not queued, in order, with `reason` (active, budget, error) and `message`.',
      },
    },
  })
}

/** `topicalMapGeneration`'s answer: per article, and totals. */
const progressType = (GraphQL: GraphQL, json: GraphQLModule.GraphQLScalarType) => {
  const {
    GraphQLBoolean,
    GraphQLFloat,
    GraphQLID,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
  } = GraphQL
  const count = { type: new GraphQLNonNull(GraphQLInt) }
  const money = { type: new GraphQLNonNull(GraphQLFloat) }
  const article = new GraphQLObjectType({
    name: 'PromptKitMapArticleProgress',
    fields: {
      article: { type: GraphQLID },
      brief: { type: new GraphQLNonNull(GraphQLID) },
      cost: money,
      message: { type: GraphQLString },
      phasesDone: count,
      phasesTotal: count,
      run: { type: GraphQLString },
      status: {
        type: new GraphQLNonNull(GraphQLString),
        description: 'queued | running | succeeded | failed | skipped',
      },
      title: { type: GraphQLString },
      tokens: count,
    },
  })
  const totals = new GraphQLObjectType({
    name: 'PromptKitMapProgressTotals',
    fields: {
      articles: count,
      cost: money,
      failed: count,
      phasesDone: count,
      phasesTotal: count,
      queued: count,
      running: count,
      skipped: count,
      succeeded: count,
      tokens: count,
    },
  })
  return new GraphQLObjectType({
    name: 'PromptKitMapProgress',
    description: "Where the map's latest batch stands, per article in generation order.",
    fields: {
      articles: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(article))) },
      batch: { type: json },
      finished: { type: new GraphQLNonNull(GraphQLBoolean) },
      forecastCost: money,
      topicalMap: { type: new GraphQLNonNull(GraphQLID) },
      totals: { type: new GraphQLNonNull(totals) },
    },
  })
}

/** Types of `generateTopicalMap` and `topicalMapGeneration`. */
export const mapGraphQLTypes = (GraphQL: GraphQL): MapGraphQLTypes => {
  const cached = built.get(GraphQL)
  if (cached) return cached
  const { json } = promptKitGraphQLTypes(GraphQL)
  const types = { generation: generationType(GraphQL, json), progress: progressType(GraphQL, json) }
  built.set(GraphQL, types)
  return types
}
