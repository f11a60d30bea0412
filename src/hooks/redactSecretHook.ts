import type { CollectionBeforeChangeHook } from 'payload'

export const REDACTED = '[redacted]'

/** Replace every occurrence of `secret` in strings anywhere inside `value`. */
export const redactDeep = <T>(value: T, secret: string): T => {
  if (typeof value === 'string') return value.split(secret).join(REDACTED) as T
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secret)) as T
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, secret)])) as T
  }
  return value
}

/**
 * Last line of defence: an error message or echoed request that contains the API key is
 * redacted before it can be stored. Short keys are ignored (placeholders like "ollama").
 */
export const redactSecretHook =
  (getSecret: () => string | undefined): CollectionBeforeChangeHook =>
  ({ data }) => {
    const secret = getSecret()
    return secret && secret.length >= 8 ? redactDeep(data, secret) : data
  }
