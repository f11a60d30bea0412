/**
 * Responders that make the fake behave like real providers, each wrapping another responder:
 * OpenAI's rate limits, Anthropic's and Gemini's OpenAI-compatible layers.
 */
import type { FakeReply, FakeResponder, RecordedRequest } from './fakeOpenAI.js'

/** OpenAI-style reset duration: "6m0s", "1.5s", "20ms". */
function resetText(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.ceil(ms))}ms`
  const minutes = Math.floor(ms / 60_000)
  const seconds = Math.round((ms % 60_000) / 100) / 10
  return minutes > 0 ? `${minutes}m${seconds}s` : `${seconds}s`
}

/** Tokens charged up front like OpenAI: prompt (characters / 4) plus max_tokens. */
export function chargedTokens(req: RecordedRequest): number {
  const prompt = Math.ceil(JSON.stringify(req.body?.messages ?? []).length / 4)
  return prompt + Number(req.body?.max_tokens ?? req.body?.max_completion_tokens ?? 0)
}

export interface RateLimits {
  requestsPerWindow?: number
  tokensPerWindow?: number
  /** The window limits apply to; OpenAI's is a minute. Default 60000. */
  windowMs?: number
}

/**
 * Requests / tokens per window (fixed windows): over the limit answers 429 with `retry-after` and
 * `x-ratelimit-*` headers, like OpenAI; answers within it carry the same headers.
 */
export function withRateLimits(limits: RateLimits, inner: FakeResponder): FakeResponder {
  const windowMs = limits.windowMs ?? 60_000
  let windowStart = Date.now()
  let requests = 0
  let tokens = 0
  return async (req, index) => {
    const now = Date.now()
    if (now - windowStart >= windowMs) {
      windowStart = now
      requests = 0
      tokens = 0
    }
    const resetMs = windowStart + windowMs - now
    const cost = chargedTokens(req)
    const overRequests = limits.requestsPerWindow !== undefined && requests + 1 > limits.requestsPerWindow
    const overTokens = limits.tokensPerWindow !== undefined && tokens + cost > limits.tokensPerWindow
    if (!overRequests && !overTokens) {
      requests++
      tokens += cost
    }
    const headers: Record<string, string> = {}
    if (limits.requestsPerWindow !== undefined) {
      headers['x-ratelimit-limit-requests'] = String(limits.requestsPerWindow)
      headers['x-ratelimit-remaining-requests'] = String(Math.max(0, limits.requestsPerWindow - requests))
      headers['x-ratelimit-reset-requests'] = resetText(resetMs)
    }
    if (limits.tokensPerWindow !== undefined) {
      headers['x-ratelimit-limit-tokens'] = String(limits.tokensPerWindow)
      headers['x-ratelimit-remaining-tokens'] = String(Math.max(0, limits.tokensPerWindow - tokens))
      headers['x-ratelimit-reset-tokens'] = resetText(resetMs)
    }
    if (overRequests || overTokens) {
      const what = overRequests ? `requests per window: Limit ${limits.requestsPerWindow}` : `tokens per window: Limit ${limits.tokensPerWindow}, Requested ${cost}`
      return {
        status: 429,
        headers: { ...headers, 'retry-after': String(Math.ceil(resetMs / 100) / 10) },
        body: { error: { message: `Rate limit reached for ${String(req.body?.model)} on ${what}.`, type: overRequests ? 'requests' : 'tokens', param: null, code: 'rate_limit_exceeded' } },
      }
    }
    const reply = await inner(req, index)
    if ('status' in reply || 'hang' in reply || 'malformed' in reply) return reply
    return { ...reply, headers: { ...headers, ...reply.headers } }
  }
}

const isJsonText = (text: string | null | undefined): text is string => {
  if (!text) return false
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * Anthropic's OpenAI layer: `response_format` is ignored (not even seen by the inner responder), and
 * JSON answers come wrapped in prose and a ```json fence.
 */
export function anthropicLayer(inner: FakeResponder): FakeResponder {
  return async (req, index) => {
    const { response_format: _ignored, ...body } = req.body ?? {}
    const reply = await inner({ ...req, body }, index)
    if (!('content' in reply) || !isJsonText(reply.content)) return reply
    const pretty = JSON.stringify(JSON.parse(reply.content), null, 2)
    return { ...reply, content: `Here is the JSON you asked for:\n\n\`\`\`json\n${pretty}\n\`\`\`\n\nLet me know if you would like any changes.` }
  }
}

/** Keywords used in a JSON Schema (property names are data, not keywords). */
export function schemaKeywords(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => schemaKeywords(n, found))
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      found.add(key)
      if (['properties', '$defs', 'definitions', 'patternProperties'].includes(key) && typeof value === 'object' && value !== null) {
        Object.values(value).forEach((sub) => schemaKeywords(sub, found))
      } else schemaKeywords(value, found)
    }
  }
  return found
}

export const GEMINI_REJECTED_KEYWORDS = ['additionalProperties', '$schema', 'const', 'propertyNames']

/**
 * Gemini's OpenAI layer: a json_schema using a keyword it does not know answers 400
 * `Invalid JSON payload received. Unknown name "..."`, as a one-element array like Gemini does.
 */
export function geminiLayer(inner: FakeResponder, rejected: string[] = GEMINI_REJECTED_KEYWORDS): FakeResponder {
  return (req, index): FakeReply | Promise<FakeReply> => {
    const schema = req.body?.response_format?.json_schema?.schema
    const used = schema ? schemaKeywords(schema) : new Set<string>()
    const unknown = rejected.filter((k) => used.has(k))
    if (unknown.length === 0) return inner(req, index)
    const lines = unknown.map((k) => `Invalid JSON payload received. Unknown name "${k}" at 'generation_config.response_schema': Cannot find field.`)
    return { status: 400, body: [{ error: { code: 400, message: lines.join('\n'), status: 'INVALID_ARGUMENT' } }] }
  }
}

/** What a rate-limited fake received: each request's arrival time and charged tokens, and the 429s it answered. */
export type RateLimitLog = { arrivals: { at: number; limited?: true; tokens: number }[]; limited: number }

/** `withRateLimits`, recording every request it receives, so a test or bench can check the limits were kept. */
export function withRateLimitLog(limits: RateLimits, inner: FakeResponder): { log: RateLimitLog; responder: FakeResponder } {
  const log: RateLimitLog = { arrivals: [], limited: 0 }
  const limited = withRateLimits(limits, inner)
  const responder: FakeResponder = async (req, index) => {
    const arrival: RateLimitLog['arrivals'][number] = { at: Date.now(), tokens: chargedTokens(req) }
    log.arrivals.push(arrival)
    const reply = await limited(req, index)
    if ('status' in reply && reply.status === 429) {
      log.limited++
      arrival.limited = true
    }
    return reply
  }
  return { log, responder }
}

/** Most requests (and most tokens) that arrived in any span of `windowMs`, each span starting at an arrival. */
export function busiestWindow(arrivals: RateLimitLog['arrivals'], windowMs: number): { requests: number; tokens: number } {
  let requests = 0
  let tokens = 0
  for (const start of arrivals) {
    const inside = arrivals.filter((a) => a.at >= start.at && a.at < start.at + windowMs)
    requests = Math.max(requests, inside.length)
    tokens = Math.max(tokens, inside.reduce((sum, a) => sum + a.tokens, 0))
  }
  return { requests, tokens }
}
