/** What an endpoint answered: the status and its JSON body (null when it had none). */
export type JsonAnswer<T> = { body: null | T; error: null | { message: string; status: number }; status: number }

type ErrorBody = { errors?: { message?: string }[]; message?: string }

/**
 * `fetch` with the admin's cookie and a JSON body, never throwing: a network failure becomes
 * status 0, and an error answer keeps the API's first message for the editor to read.
 */
export const requestJson = async <T>(url: string, init: { body?: unknown; method?: 'GET' | 'POST' } = {}): Promise<JsonAnswer<T>> => {
  let res: Response
  try {
    res = await fetch(url, {
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'include',
      headers: init.body === undefined ? undefined : { 'Content-Type': 'application/json' },
      method: init.method ?? 'GET',
    })
  } catch (err) {
    return { body: null, error: { message: err instanceof Error ? err.message : String(err), status: 0 }, status: 0 }
  }
  const body = (await res.json().catch(() => null)) as (ErrorBody & T) | null
  if (res.ok) return { body, error: null, status: res.status }
  const message = body?.errors?.find((e) => e.message)?.message ?? body?.message ?? res.statusText
  return { body: null, error: { message: message ?? '', status: res.status }, status: res.status }
}
