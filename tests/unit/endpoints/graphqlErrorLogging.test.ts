import type { AfterErrorHook, Config } from 'payload'

import { graphQLErrorLogging } from '../../../src/endpoints/graphqlErrorLogging.js'

const hostHook: AfterErrorHook = () => undefined

describe('graphQLErrorLogging', () => {
  it("turns Payload's GraphQL error logging off and logs from afterError, after the host's hooks", () => {
    const { hooks, loggingLevels } = graphQLErrorLogging({
      hooks: { afterError: [hostHook] },
      loggingLevels: { Forbidden: 'warn' },
    } as Config)
    expect(loggingLevels).toEqual({ Forbidden: 'warn', GraphQLError: false })
    expect(hooks!.afterError).toHaveLength(2)
    expect(hooks!.afterError![0]).toBe(hostHook)
  })

  it('keeps a host that set loggingLevels.GraphQLError itself as it is', () => {
    const host = {
      hooks: { afterError: [hostHook] },
      loggingLevels: { GraphQLError: 'warn' },
    } as unknown as Config
    expect(graphQLErrorLogging(host)).toEqual({ hooks: host.hooks, loggingLevels: host.loggingLevels })
  })
})
