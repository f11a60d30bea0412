import { isConnectionError } from '../../../src/shared/dbRetry.js'

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

describe('isConnectionError', () => {
  it.each([
    ['a server shut down by an admin (57P01)', withCode('terminating connection due to administrator command', '57P01')],
    ['a server shutting down (57P03)', withCode('the database system is shutting down', '57P03')],
    ['a refused socket', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a dropped pg client', new Error('Connection terminated unexpectedly')],
    ['a pg client that errored before', new Error('Client has encountered a connection error and is not queryable')],
    ["Payload's rewrapped BEGIN on a refused socket", new Error('cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432')],
    ["Payload's rewrapped BEGIN during a shutdown", new Error('cannot begin transaction: the database system is shutting down')],
    ["Payload's rewrapped BEGIN on a dead connection", new Error('cannot begin transaction: Failed query: begin\nparams: ')],
    ['a wrapped cause', new Error('Failed query: select 1', { cause: withCode('terminating connection', '57P01') })],
    ['SQLite busy', withCode('database is locked', 'SQLITE_BUSY')],
  ])('is true for %s', (_name, err) => {
    expect(isConnectionError(err)).toBe(true)
  })

  it.each([
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a validation error', new Error('The following field is invalid: title')],
    ['a failed query of data', new Error('Failed query: insert into "generations"')],
    ['not an error', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('is false for %s', (_name, err) => {
    expect(isConnectionError(err)).toBe(false)
  })
})
