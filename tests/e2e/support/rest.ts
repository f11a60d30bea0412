export type Api = {
  baseUrl: string
  /** Sent as `Authorization: JWT <token>`. */
  token?: string
}

export type ApiResult = { body: Record<string, unknown>; status: number }

/** JSON (or a FormData upload) over HTTP against the running site's REST API. */
export const request = async (
  { baseUrl, token }: Api,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiResult> => {
  const headers: Record<string, string> = {}
  if (token) headers.Authorization = `JWT ${token}`
  let payload: BodyInit | undefined
  if (body instanceof FormData) payload = body
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  const res = await fetch(`${baseUrl}${path}`, { body: payload, headers, method, redirect: 'manual' })
  const text = await res.text()
  let parsed: Record<string, unknown> = {}
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    parsed = { text }
  }
  return { body: parsed, status: res.status }
}

/** Like `request`, but fails with the server's answer unless the status is 2xx. */
export const ok = async (api: Api, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> => {
  const result = await request(api, method, path, body)
  if (result.status < 200 || result.status >= 300) {
    throw new Error(`${method} ${path} answered ${result.status}: ${JSON.stringify(result.body).slice(0, 2000)}`)
  }
  return result.body
}

export type Page = { headers: Headers; html: string; status: number }

/** A page as a reader's browser gets it (no redirects followed). */
export const getPage = async (baseUrl: string, path: string, cookie?: string): Promise<Page> => {
  const res = await fetch(`${baseUrl}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' })
  return { headers: res.headers, html: await res.text(), status: res.status }
}
