import type { Payload } from 'payload'

import { handleEndpoints } from 'payload'

import { resolveOptions } from '../../src/defaults.js'
import { errorResponse } from '../../src/endpoints/defineEndpoint.js'
import { captureLogs } from '../support/captureLogs.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { createBriefWithSibling } from '../support/pipelineFixtures.js'
import { loginToken, restRequest } from '../support/rest.js'
import { cacheKeyOf, startTestPayload, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

type ErrorAnswer = { errors: { field?: string; message: string }[] }

const MAX_BODY = 64 * 1024
const MAX_IMPORT = 256 * 1024
const CHUNK = 16 * 1024

/** A request body that yields CHUNK-byte pieces on demand (no eager reads), counting what was pulled. */
const countingStream = (totalBytes: number) => {
  const counter = { pulled: 0 }
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled >= totalBytes) return controller.close()
        counter.pulled += CHUNK
        controller.enqueue(new Uint8Array(CHUNK).fill(97))
      },
    },
    { highWaterMark: 0 },
  )
  return { counter, stream }
}

describe('limits option', () => {
  it('defaults to 1 MB for every endpoint and 5 MB for the importer, and refuses nonsense', () => {
    expect(resolveOptions({}, { collections: [] }).limits).toEqual({ maxBodyBytes: 1024 * 1024, maxImportBodyBytes: 5 * 1024 * 1024 })
    expect(() => resolveOptions({ limits: { maxBodyBytes: 0.5 } }, { collections: [] })).toThrow(/`limits.maxBodyBytes` must be a whole number/)
  })
})

describe('errorResponse', () => {
  it('cuts every message and field name short, whatever produced them', async () => {
    const response = errorResponse(400, [{ field: 'f'.repeat(5000), message: 'm'.repeat(50_000) }])
    const [error] = ((await response.json()) as ErrorAnswer).errors
    expect(error).toEqual({ field: `${'f'.repeat(100)}…`, message: `${'m'.repeat(300)}…` })
  })
})

describe.each(databasesUnderTest())('endpoint hardening on %s', (db) => {
  let payload: Payload
  let token: string
  let logs: string[]
  let briefId: number | string

  beforeAll(async () => {
    payload = await startTestPayload({
      db,
      plugin: {
        llm: { baseURL: 'http://127.0.0.1:9/v1', model: 'unused' },
        limits: { maxBodyBytes: MAX_BODY, maxImportBodyBytes: MAX_IMPORT },
        overrides: {
          // A user named "boom" makes the briefs' create rule throw: a server fault in an endpoint.
          briefs: {
            access: {
              create: ({ req }) => {
                if ((req.user as { name?: string } | null)?.name === 'boom') throw new Error('create rule exploded')
                return Boolean(req.user)
              },
            },
          },
        },
      },
    })
    for (const name of ['editor', 'boom']) {
      await payload.create({ collection: 'users', data: { email: `${name}-${db}@example.com`, name, password: 'correct-horse-battery' } })
    }
    token = await loginToken(payload, `editor-${db}@example.com`)
    ;({ brief: { id: briefId } } = await createBriefWithSibling(payload, 'eh'))
    logs = captureLogs(payload)
  }, 120_000)

  afterAll(() => stopTestPayload(payload))

  /** A POST through Payload's REST handler with a streamed body and, optionally, a declared length. */
  const streamedPost = (path: string, body: ReadableStream<Uint8Array>, contentLength?: number) => {
    const headers = new Headers({ Authorization: `JWT ${token}`, 'Content-Type': 'application/json' })
    if (contentLength !== undefined) headers.set('Content-Length', String(contentLength))
    const url = new URL(`/api${path}`, 'http://localhost:3000')
    return handleEndpoints({
      config: payload.config,
      payloadInstanceCacheKey: cacheKeyOf(payload),
      request: new Request(url, { body, duplex: 'half', headers, method: 'POST' } as RequestInit),
    })
  }

  describe('request body size', () => {
    it('answers 413 from the declared Content-Length without reading the body', async () => {
      const { counter, stream } = countingStream(10 * MAX_BODY)
      const response = await streamedPost(`/briefs/${briefId}/generate`, stream, 10 * MAX_BODY)
      expect(response.status).toBe(413)
      expect(((await response.json()) as ErrorAnswer).errors[0]!.message).toMatch(/limit of 65536 bytes \(option `limits.maxBodyBytes`\)/)
      expect(counter.pulled).toBe(0)
    })

    it('stops reading a body without a length as soon as it passes the limit', async () => {
      const { counter, stream } = countingStream(100 * MAX_BODY)
      const response = await streamedPost(`/prompt-kits/preview-template`, stream)
      expect(response.status).toBe(413)
      expect(counter.pulled).toBeLessThanOrEqual(MAX_BODY + CHUNK)
    })

    it('lets the importer take more than other endpoints, up to its own limit', async () => {
      const page = 'x'.repeat(2 * MAX_BODY)
      const imported = await restRequest(payload, 'post', '/briefs/import', { body: { text: page }, token })
      expect(imported.status).toBe(400) // read and parsed: not a prompt kit page
      expect(((await imported.json()) as ErrorAnswer).errors[0]!.field).toBe('text')

      const tooBig = await restRequest(payload, 'post', '/briefs/import', { body: { text: 'x'.repeat(MAX_IMPORT) }, token })
      expect(tooBig.status).toBe(413)
      expect(((await tooBig.json()) as ErrorAnswer).errors[0]!.message).toMatch(/`limits.maxImportBodyBytes`/)
    })
  })

  describe('error messages', () => {
    it('name the field and repeat at most a short excerpt of a long value', async () => {
      const long = 'a'.repeat(20_000)
      const phase = await restRequest(payload, 'post', `/briefs/${briefId}/generate`, { body: { phases: [long] }, token })
      expect(phase.status).toBe(400)
      const phaseText = await phase.text()
      expect(phaseText.length).toBeLessThan(500)
      expect((JSON.parse(phaseText) as ErrorAnswer).errors[0]!.field).toBe('phases.0')

      const key = await restRequest(payload, 'post', `/briefs/${briefId}/generate`, { body: { [long]: true }, token })
      expect(key.status).toBe(400)
      const keyText = await key.text()
      expect(keyText.length).toBeLessThan(500)
      expect((JSON.parse(keyText) as ErrorAnswer).errors[0]!.message).toContain(`Unknown field(s) "${'a'.repeat(40)}…"`)
    })

    it('say that a numeric ID must be an integer', async () => {
      const response = await restRequest(payload, 'post', '/prompt-kits/preview-template', {
        body: { brief: 1.5, phase: { key: 'body', outputKind: 'body', template: 'x' } },
        token,
      })
      expect(response.status).toBe(400)
      const [error] = ((await response.json()) as ErrorAnswer).errors
      expect(error).toEqual({ field: 'brief', message: expect.stringMatching(/^brief: must be an integer ID/) })

      const kitVersion = await restRequest(payload, 'post', `/briefs/${briefId}/generate`, { body: { kitVersion: 2.5 }, token })
      expect(((await kitVersion.json()) as ErrorAnswer).errors[0]!.message).toMatch(/^kitVersion: must be an integer ID/)
    })
  })

  describe('IDs in the URL', () => {
    /** What this database's IDs must look like, as the 400 says. */
    const mustBe = db === 'mongodb' ? 'must be a 24-character hexadecimal ObjectId' : 'must be an integer'

    it.each([
      ['post', '/articles/1.5/generate', '1.5'],
      ['get', '/articles/abc/pipeline', 'abc'],
      ['get', '/briefs/1.5/preview', '1.5'],
      ['post', '/articles/x1/proposals/outline/accept', 'x1'],
    ] as const)('%s %s answers 400 saying what the ID must be', async (method, path, id) => {
      const response = await restRequest(payload, method, path, { body: method === 'post' ? {} : undefined, token })
      expect(response.status).toBe(400)
      expect(((await response.json()) as ErrorAnswer).errors).toEqual([{ field: 'id', message: `id: ${mustBe}, got "${id}"` }])
    })

    it('still answers 404 for a well-formed ID that names nothing', async () => {
      const missing = db === 'mongodb' ? '0123456789abcdef01234567' : '987654'
      const response = await restRequest(payload, 'get', `/articles/${missing}/pipeline`, { token })
      expect(response.status).toBe(404)
      if (db === 'mongodb') return
      // An integer past any ID a SQL table can hold names nothing either: 404, not a database error.
      const huge = await restRequest(payload, 'get', '/articles/99999999999999999999/pipeline', { token })
      expect(huge.status).toBe(404)
    })
  })

  describe('input checks', () => {
    it('preview-template refuses an unknown outputKind, naming the known ones', async () => {
      const response = await restRequest(payload, 'post', '/prompt-kits/preview-template', {
        body: { brief: briefId, phase: { key: 'body', outputKind: 'nope', template: 'x' } },
        token,
      })
      expect(response.status).toBe(400)
      const [error] = ((await response.json()) as ErrorAnswer).errors
      expect(error!.field).toBe('phase.outputKind')
      expect(error!.message).toMatch(/must be one of the output kinds: .*outline.*body/)
    })

    it('preview answers 400 for an empty phases= and still previews every phase without it', async () => {
      const empty = await restRequest(payload, 'get', `/briefs/${briefId}/preview?phases=`, { token })
      expect(empty.status).toBe(400)
      expect(((await empty.json()) as ErrorAnswer).errors[0]!.field).toBe('phases')
      const all = await restRequest(payload, 'get', `/briefs/${briefId}/preview`, { token })
      expect(all.status).toBe(200)
    })
  })

  describe('logging', () => {
    it('logs a client error at info on one line, without a stack', async () => {
      logs.length = 0
      const response = await restRequest(payload, 'get', '/briefs/987654/preview', { token })
      expect(response.status).toBe(404)
      expect(logs).toEqual([expect.stringMatching(/^info payload-prompt-kit: GET \/:id\/preview answered 404: No brief with ID "987654"\.$/)])
    })

    it('logs a server error at error, with its stack', async () => {
      const boom = await loginToken(payload, `boom-${db}@example.com`)
      logs.length = 0
      const response = await restRequest(payload, 'post', '/briefs/import', { body: { text: 'page' }, token: boom })
      expect(response.status).toBe(500)
      expect(logs).toHaveLength(1)
      expect(logs[0]).toMatch(/^error /)
      expect(logs[0]).toContain('create rule exploded')
      expect(logs[0]).toMatch(/at .*endpointHardening\.test\.ts/)
    })
  })
})
