const MIN_SECRET_LENGTH = 4

/** Returns a function that scrubs secrets (and anything that looks like a bearer token) from text. */
export function makeRedactor(secrets: Array<string | undefined>): (text: string) => string {
  const list = secrets.filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH)
  return (text) => {
    let out = text
    for (const secret of list) out = out.split(secret).join('[redacted]')
    // Servers sometimes echo the Authorization header or a key they rejected.
    return out.replace(/Bearer\s+[^\s"',]+/gi, 'Bearer [redacted]').replace(/\bsk-[A-Za-z0-9_-]{8,}/g, 'sk-[redacted]')
  }
}

/** A base URL fit for messages: no userinfo, query or fragment. */
export function displayURL(url: string): string {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}${u.pathname}`.replace(/\/$/, '')
  } catch {
    return '(invalid URL)'
  }
}
