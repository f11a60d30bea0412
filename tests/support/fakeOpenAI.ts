/**
 * A small OpenAI-compatible chat completions server on 127.0.0.1:0 for tests.
 * The real `openai` SDK talks to it over HTTP, so retries, timeouts and parsing are exercised for real
 * (msw/nock are unusable on Node 20 here; see stack-notes).
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
  /** Parsed JSON body, or the raw string when it was not JSON. */
  body: any
  rawBody: string
  /** Chat requests in flight when this one arrived, itself included (1 = it was alone). */
  concurrent: number
}

export interface FakeUsage {
  prompt_tokens: number
  completion_tokens: number
  cached_tokens: number
}

/** A model answer (200). */
export interface FakeContentReply {
  content?: string | null
  finishReason?: 'stop' | 'length' | 'content_filter' | 'tool_calls'
  refusal?: string | null
  usage?: Partial<FakeUsage>
  model?: string
  /** Answer this long after the request arrived (a fixed per-call latency, the fake's own work included). */
  delayMs?: number
  headers?: Record<string, string>
  /** Send the headers and part of the body (all content deltas when streaming), then hang. */
  stall?: boolean
}

/** An HTTP fault, e.g. 429 with retry-after, 500, or 400 rejecting json_schema. */
export interface FakeStatusReply {
  status: number
  body?: unknown
  headers?: Record<string, string>
  delayMs?: number
}

/** Accept the request and never answer (until `close()`). */
export interface FakeHangReply {
  hang: true
}

/** 200 with a broken body: truncated JSON (default) or a non-JSON text page. */
export interface FakeMalformedReply {
  malformed: true | 'truncated' | 'text'
}

export type FakeReply = FakeContentReply | FakeStatusReply | FakeHangReply | FakeMalformedReply

/** An images API answer (200): one image as base64 (a 1×1 PNG by default), or a URL instead. */
export interface FakeImageContentReply {
  /** Base64 of the image bytes. @default FAKE_PNG_BASE64 */
  b64?: string
  /** Answer `data: [{ url }]` instead of base64. */
  url?: string
  /** Token usage the answer reports (gpt-image-1 style); none when unset. */
  usage?: { input_tokens: number; output_tokens: number }
  delayMs?: number
}

export type FakeImageReply = FakeImageContentReply | FakeStatusReply | FakeHangReply | FakeMalformedReply

export type FakeImageResponder = (req: RecordedRequest, index: number) => FakeImageReply | Promise<FakeImageReply>

/** A valid 1×1 PNG. */
export const FAKE_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

export type FakeResponder = (req: RecordedRequest, index: number) => FakeReply | Promise<FakeReply>

export interface FakeOpenAI {
  /** Base URL for the SDK, ending in `/v1`. */
  baseURL: string
  /** Server origin, e.g. `http://127.0.0.1:12345`. */
  url: string
  requests: RecordedRequest[]
  /** A function replaces the default responder; an array (or single reply) is queued FIFO ahead of it. */
  script(handlerOrQueue: FakeResponder | FakeReply | FakeReply[]): void
  /** Number of chat completion requests received. */
  readonly requestCount: number
  /** Outage: close the listener (connections are refused) and drop open connections. */
  down(): Promise<void>
  /** End of the outage: listen again on the same port. */
  up(): Promise<void>
  /** Answer 503 (with these headers) to every chat request for the next `ms`, without consuming the script. */
  unavailableFor(ms: number, headers?: Record<string, string>): void
  /** Like `script`, for `POST /v1/images/generations`; the default answers a 1×1 PNG. */
  scriptImages(handlerOrQueue: FakeImageResponder | FakeImageReply | FakeImageReply[]): void
  /** Number of image generation requests received. */
  readonly imageRequestCount: number
  close(): Promise<void>
}

const DEFAULT_USAGE: FakeUsage = { prompt_tokens: 10, completion_tokens: 5, cached_tokens: 0 }

export const errorBody = (message: string, type = 'invalid_request_error', param: string | null = null, code: string | null = null) => ({
  error: { message, type, param, code },
})

export async function startFakeOpenAI(defaultResponder?: FakeResponder): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = []
  const queue: FakeReply[] = []
  let responder: FakeResponder = defaultResponder ?? (() => ({ content: 'ok' }))
  let chatCount = 0
  const imageQueue: FakeImageReply[] = []
  let imageResponder: FakeImageResponder = () => ({})
  let imageCount = 0
  let inFlight = 0
  let unavailableUntil = 0
  let unavailableHeaders: Record<string, string> = {}
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t)
        resolve()
      }, ms)
      timers.add(t)
    })

  async function sendImageReply(res: ServerResponse, reply: FakeImageReply, arrived: number): Promise<void> {
    if ('hang' in reply) return
    if ('malformed' in reply) {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"created":1,"data":[{"b64_js')
      return
    }
    if (reply.delayMs) await wait(Math.max(0, reply.delayMs - (performance.now() - arrived)))
    if ('status' in reply) {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
      res.end(JSON.stringify(reply.body ?? errorBody(`fake status ${reply.status}`)))
      return
    }
    const image = reply.url ? { url: reply.url } : { b64_json: reply.b64 ?? FAKE_PNG_BASE64 }
    const usage = reply.usage
      ? { ...reply.usage, total_tokens: reply.usage.input_tokens + reply.usage.output_tokens, input_tokens_details: { image_tokens: 0, text_tokens: reply.usage.input_tokens } }
      : undefined
    sendJson(res, 200, { created: Math.floor(Date.now() / 1000), data: [image], ...(usage ? { usage } : {}) })
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, errorBody(`fake server error: ${String(err)}`, 'server_error'))
      else res.destroy()
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = performance.now()
    const rawBody = await readBody(req)
    let body: any = rawBody
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined
    } catch {
      // keep the raw string
    }
    const path = (req.url ?? '/').split('?')[0]
    const isChat = req.method === 'POST' && path === '/v1/chat/completions'
    const isImage = req.method === 'POST' && path === '/v1/images/generations'
    if (isChat) {
      inFlight++
      res.on('close', () => inFlight--)
    }
    const recorded: RecordedRequest = { method: req.method ?? 'GET', path, headers: req.headers, body, rawBody, concurrent: inFlight }
    requests.push(recorded)

    if (isImage) {
      const reply = imageQueue.length > 0 ? imageQueue.shift()! : await imageResponder(recorded, imageCount)
      imageCount++
      await sendImageReply(res, reply, arrived)
      return
    }
    if (!isChat) {
      sendJson(res, 404, errorBody(`Unknown route ${req.method} ${path}`))
      return
    }
    const index = chatCount++
    if (Date.now() < unavailableUntil) {
      sendJson(res, 503, errorBody('The server is temporarily unavailable', 'server_error'), unavailableHeaders)
      return
    }
    const reply = queue.length > 0 ? queue.shift()! : await responder(recorded, index)

    if ('hang' in reply) return // the socket stays open until close() destroys it
    if ('malformed' in reply) {
      if (reply.malformed === 'text') {
        res.writeHead(200, { 'content-type': 'text/html' })
        res.end('<html><body>502 Bad Gateway</body></html>')
      } else {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end('{"id":"chatcmpl-broken","object":"chat.completion","choices":[{"index":0,"message":{"role":"assi')
      }
      return
    }
    // The answer leaves `delayMs` after the request arrived: reading, parsing and choosing it count.
    if (reply.delayMs) await wait(Math.max(0, reply.delayMs - (performance.now() - arrived)))
    if ('status' in reply) {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
      res.end(JSON.stringify(reply.body ?? errorBody(`fake status ${reply.status}`)))
      return
    }
    const model = reply.model ?? (typeof body?.model === 'string' ? body.model : 'fake-model')
    if (body?.stream === true) sendStream(res, reply, model, body?.stream_options?.include_usage === true, index)
    else if (reply.stall) {
      res.writeHead(200, { 'content-type': 'application/json', ...reply.headers })
      res.write(JSON.stringify(completionBody(reply, model, index)).slice(0, 40))
    } else sendJson(res, 200, completionBody(reply, model, index), reply.headers)
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  let listening = true

  const stopListening = async () => {
    for (const t of timers) clearTimeout(t)
    timers.clear()
    // Hanging requests and keep-alive sockets would otherwise keep jest alive.
    for (const socket of sockets) socket.destroy()
    server.closeAllConnections()
    if (listening) await new Promise<void>((resolve) => server.close(() => resolve()))
    listening = false
  }

  return {
    url,
    baseURL: `${url}/v1`,
    requests,
    get requestCount() {
      return chatCount
    },
    script(handlerOrQueue) {
      if (typeof handlerOrQueue === 'function') responder = handlerOrQueue
      else queue.push(...(Array.isArray(handlerOrQueue) ? handlerOrQueue : [handlerOrQueue]))
    },
    down: stopListening,
    async up() {
      if (listening) return
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject)
          resolve()
        })
      })
      listening = true
    },
    unavailableFor(ms, headers = {}) {
      unavailableUntil = Date.now() + ms
      unavailableHeaders = headers
    },
    scriptImages(handlerOrQueue) {
      if (typeof handlerOrQueue === 'function') imageResponder = handlerOrQueue
      else imageQueue.push(...(Array.isArray(handlerOrQueue) ? handlerOrQueue : [handlerOrQueue]))
    },
    get imageRequestCount() {
      return imageCount
    },
    close: stopListening,
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

function usageBody(usage: Partial<FakeUsage> | undefined) {
  const u = { ...DEFAULT_USAGE, ...usage }
  return {
    prompt_tokens: u.prompt_tokens,
    completion_tokens: u.completion_tokens,
    total_tokens: u.prompt_tokens + u.completion_tokens,
    prompt_tokens_details: { cached_tokens: u.cached_tokens },
  }
}

function completionBody(reply: FakeContentReply, model: string, index: number) {
  return {
    id: `chatcmpl-fake-${index}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: reply.content ?? null, refusal: reply.refusal ?? null },
        logprobs: null,
        finish_reason: reply.finishReason ?? 'stop',
      },
    ],
    usage: usageBody(reply.usage),
    system_fingerprint: 'fp_fake',
  }
}

function sendStream(res: ServerResponse, reply: FakeContentReply, model: string, includeUsage: boolean, index: number): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', ...reply.headers })
  const base = { id: `chatcmpl-fake-${index}`, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model }
  const write = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`)
  const chunk = (delta: Record<string, unknown>, finish: string | null) =>
    write({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], ...(includeUsage ? { usage: null } : {}) })

  chunk({ role: 'assistant', content: '' }, null)
  if (reply.refusal) chunk({ refusal: reply.refusal }, null)
  const content = reply.content ?? ''
  // Several small deltas, like a real server.
  for (let i = 0; i < content.length; i += 8) chunk({ content: content.slice(i, i + 8) }, null)
  if (reply.stall) return
  chunk({}, reply.finishReason ?? 'stop')
  if (includeUsage) write({ ...base, choices: [], usage: usageBody(reply.usage) })
  res.end('data: [DONE]\n\n')
}
