type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

/**
 * The SDK recognises some errors with `instanceof Error`. Under a vm realm (jest ESM) undici's
 * errors fail that instanceof and lose their cause chain: copy them into this realm.
 */
function sameRealmError(err: unknown): unknown {
  if (err instanceof Error || typeof err !== 'object' || err === null) return err
  const foreign = err as { name?: unknown; message?: unknown; cause?: unknown }
  const cause = foreign.cause === undefined ? undefined : sameRealmError(foreign.cause)
  const copy = new Error(String(foreign.message ?? ''), cause === undefined ? undefined : { cause })
  if (typeof foreign.name === 'string') copy.name = foreign.name
  return copy
}

/**
 * Gemini's OpenAI layer answers errors as a one-element array (`[{"error": {...}}]`); the SDK reads
 * only `{ error }` and would report "400 status code (no body)", losing the keyword it names.
 */
async function unwrapArrayErrorBody(res: Response): Promise<Response> {
  if (res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return res
  const text = await res.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    body = undefined
  }
  const first = Array.isArray(body) ? (body[0] as unknown) : undefined
  const unwrapped = first && typeof first === 'object' && 'error' in first ? JSON.stringify(first) : text
  return new Response(unwrapped, { status: res.status, statusText: res.statusText, headers: res.headers })
}

/** The fetch the SDK uses: normalises what providers and the test realm do differently. */
export function providerFetch(base: FetchLike = globalThis.fetch): FetchLike {
  return async (input, init) => {
    let res: Response
    try {
      res = await base(input, init)
    } catch (err) {
      throw sameRealmError(err)
    }
    return unwrapArrayErrorBody(res)
  }
}
