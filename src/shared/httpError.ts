/**
 * A refusal meant for the caller, with the HTTP status an API answers it with and, when it is
 * about one input, that field's name. Thrown by domain code (generateArticle), turned into
 * answers by the REST endpoints and GraphQL resolvers.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message)
    this.name = 'HttpError'
  }
}
