import type { CollectionConfig, Config } from 'payload'

import * as GraphQL from 'graphql'

import { promptKitPlugin } from '../../src/plugin.js'

/** How the plugin wires its triggers into a config, without starting Payload. */
const users: CollectionConfig = { slug: 'users', auth: true, fields: [] }
const posts: CollectionConfig = {
  slug: 'posts',
  endpoints: [{ handler: () => Response.json({}), method: 'get', path: '/host-endpoint' }],
  fields: [{ name: 'title', type: 'text' }],
}
const endpointsOf = (config: Config, slug: string) =>
  (config.collections ?? []).find((c) => c.slug === slug)?.endpoints || []
const routes = (config: Config, slug: string) => endpointsOf(config, slug).map((e) => `${e.method} ${e.path}`)

describe('generation triggers in the config', () => {
  it('mounts generate and pipeline endpoints on the plugin articles and briefs', () => {
    const config = promptKitPlugin({})({ collections: [users] } as Config)
    expect(routes(config, 'articles')).toEqual(['post /:id/generate', 'get /:id/pipeline', 'post /:id/proposals/:phase/accept', 'post /:id/proposals/:phase/reject', 'post /:id/hero-image'])
    expect(routes(config, 'briefs')).toEqual(expect.arrayContaining(['post /:id/generate']))
  })

  it("mounts them on the host's article collection, after its own endpoints", () => {
    const config = promptKitPlugin({ articles: { collection: 'posts' } })({ collections: [users, posts] } as Config)
    expect(routes(config, 'posts')).toEqual(['get /host-endpoint', 'post /:id/generate', 'get /:id/pipeline', 'post /:id/proposals/:phase/accept', 'post /:id/proposals/:phase/reject', 'post /:id/hero-image'])
    expect(posts.endpoints).toHaveLength(1)
  })

  it('adds nothing that runs when disabled', () => {
    const config = promptKitPlugin({ disabled: true })({ collections: [users] } as Config)
    expect(routes(config, 'articles')).toEqual([])
    expect(routes(config, 'briefs')).toEqual([])
    expect(config.collections!.find((c) => c.slug === 'briefs')!.hooks?.afterChange ?? []).toHaveLength(0)
    expect(config.graphQL).toBeUndefined()
  })

  it("adds the GraphQL query and mutation next to the host's own", () => {
    const hostQuery = { resolve: () => 'pong', type: GraphQL.GraphQLString }
    const config = promptKitPlugin({})({
      collections: [users],
      graphQL: { mutations: () => ({ hostMutation: hostQuery }), queries: () => ({ ping: hostQuery }) },
    } as unknown as Config)
    const context = {} as never
    const queries = config.graphQL!.queries!(GraphQL as never, context)
    const mutations = config.graphQL!.mutations!(GraphQL as never, context)
    expect(Object.keys(queries).sort()).toEqual(['articlePipeline', 'ping', 'topicalMapGeneration'])
    expect(Object.keys(mutations).sort()).toEqual(['generateArticle', 'generateTopicalMap', 'hostMutation'])

    // Both build into one schema: the shared types are created once per graphql module.
    const schema = new GraphQL.GraphQLSchema({
      mutation: new GraphQL.GraphQLObjectType({ fields: mutations as never, name: 'Mutation' }),
      query: new GraphQL.GraphQLObjectType({ fields: queries as never, name: 'Query' }),
    })
    expect(GraphQL.validateSchema(schema)).toEqual([])
    const sdl = GraphQL.printSchema(schema)
    expect(sdl).toContain('generateArticle(brief: ID, article: ID, phases: [String], force: Boolean, kitVersion: ID, feedback: [PromptKitPhaseFeedback!]): PromptKitRun')
    expect(sdl).toContain('articlePipeline(article: ID!): PromptKitPipeline')
  })
})
