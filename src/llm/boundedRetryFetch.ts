type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

/** Milliseconds a response asks us to wait, read the way the SDK reads it. */
export function retryAfterMs(headers: Headers): number | undefined {
  const ms = parseFloat(headers.get('retry-after-ms') ?? '')
  if (!Number.isNaN(ms)) return ms
  const value = headers.get('retry-after')
  if (!value) return undefined
  const seconds = parseFloat(value)
  if (!Number.isNaN(seconds)) return seconds * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : date - Date.now()
}

/**
 * The SDK recognises a timeout by `err instanceof Error && err.name === 'AbortError'`. Under a vm realm
 * (jest ESM) undici's DOMException fails that instanceof, so timeouts became "Connection error.".
 */
function sameRealmError(err: unknown): unknown {
  if (err instanceof Error || typeof err !== 'object' || err === null) return err
  const foreign = err as { name?: unknown; message?: unknown; cause?: unknown }
  const copy = new Error(String(foreign.message ?? ''), foreign.cause === undefined ? undefined : { cause: foreign.cause })
  if (typeof foreign.name === 'string') copy.name = foreign.name
  return copy
}

/**
 * The SDK sleeps for any retry-after, uncancellably. When the server asks for longer than the whole
 * call may take, tell the SDK not to retry so the 429/503 surfaces now instead of a dangling timer.
 */
export function boundedRetryFetch(maxWaitMs: number, base: FetchLike = globalThis.fetch): FetchLike {
  return async (input, init) => {
    let res: Response
    try {
      res = await base(input, init)
    } catch (err) {
      throw sameRealmError(err)
    }
    if (res.ok || res.headers.has('x-should-retry')) return res
    const waitMs = retryAfterMs(res.headers)
    if (waitMs === undefined || waitMs <= maxWaitMs) return res
    const headers = new Headers(res.headers)
    headers.set('x-should-retry', 'false')
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers })
  }
}
