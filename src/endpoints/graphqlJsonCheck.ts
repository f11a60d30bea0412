type RouteHandler = (request: Request) => Promise<Response>

/**
 * Wrap Payload's GraphQL route (`GRAPHQL_POST(config)`) so a JSON body that does not parse is a
 * 400 in GraphQL's error shape. Payload 3.90's route parses the body outside its try/catch, so
 * `{"query":` ends as a 500 with an empty body. Payload's doing: drop this once its route answers 400.
 */
export const withGraphQLJsonCheck =
  (post: RouteHandler): RouteHandler =>
  async (request) => {
    if ((request.headers.get('content-type') ?? '').includes('json')) {
      try {
        JSON.parse(await request.clone().text())
      } catch {
        return Response.json(
          { errors: [{ extensions: { statusCode: 400 }, message: 'Request body is not valid JSON.' }] },
          { status: 400 },
        )
      }
    }
    return post(request)
  }
