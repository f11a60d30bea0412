import type { AfterErrorHook, Config } from 'payload'

import { MAX_MESSAGE_CHARS, truncate } from './excerpt.js'

/** The name every error of Payload's GraphQL route is logged under, whatever was thrown. */
const GRAPHQL_ERROR = 'GraphQLError'

/**
 * Log one GraphQL error the way the plugin's REST endpoints do: a refusal of the caller's request
 * (`extensions.statusCode` below 500: Forbidden, NotFound, ValidationError, a refused publish, a
 * rate limit, a bad ID) at info on one line; a server fault at error with the thrown error's stack.
 */
const logGraphQLError: AfterErrorHook = ({ error, graphqlResult, req }) => {
  // REST errors reach this hook too; Payload logs those itself, by error name (`loggingLevels`).
  if (!graphqlResult) return
  const where = graphqlResult.path?.join('.') ?? '(operation)'
  const status = graphqlResult.extensions?.statusCode
  if (typeof status === 'number' && status < 500) {
    // No error name: a production build minifies class names (Payload's `Forbidden` logs as `F`).
    req.payload.logger.info(
      `GraphQL ${where} answered ${status}: ${truncate(graphqlResult.message, MAX_MESSAGE_CHARS)}`,
    )
    return
  }
  const thrown = (error as { originalError?: unknown }).originalError ?? error
  req.payload.logger.error({ err: thrown, msg: `GraphQL ${where} failed` })
}

/**
 * The `hooks` and `loggingLevels` that log GraphQL errors by their status. Payload 3.90's GraphQL
 * route logs every error through `logError` under the wrapper's name `GraphQLError`, so
 * `loggingLevels` (meant for REST: `Forbidden: 'info'`, …) cannot tell a 403 from a crash there:
 * each is an ERROR with a stack. This turns that logging off and logs from `hooks.afterError`,
 * which sees the status Payload answers with. A host that set `loggingLevels.GraphQLError` itself
 * keeps its choice (and Payload's logging).
 */
export const graphQLErrorLogging = (config: Config): Pick<Config, 'hooks' | 'loggingLevels'> => {
  if (config.loggingLevels && GRAPHQL_ERROR in config.loggingLevels) {
    return { hooks: config.hooks, loggingLevels: config.loggingLevels }
  }
  return {
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), logGraphQLError] },
    // `GraphQLError` is not in Payload's `ErrorName` type, but `logError` looks any name up.
    loggingLevels: { ...config.loggingLevels, [GRAPHQL_ERROR]: false } as Config['loggingLevels'],
  }
}
