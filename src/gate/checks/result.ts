import type { CheckResult, CheckSeverity } from '../types.js'

/** Build a result; `failure` is the message when `ok` is false, `success` when it is true. */
export const result = (
  base: { id: string; label: string; path?: string; severity?: CheckSeverity },
  ok: boolean,
  success: string,
  failure: string,
): CheckResult => ({
  id: base.id,
  label: base.label,
  message: ok ? success : failure,
  ok,
  ...(base.path ? { path: base.path } : {}),
  severity: base.severity ?? 'error',
})

/** Quote a piece of article text in a message, shortened so one long heading cannot flood the list. */
export const quote = (text: string, max = 60): string => {
  const chars = Array.from(text.trim())
  return `"${chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('')}"`
}

/** "a; b and 3 more": keeps messages about many items readable. */
export const listSome = (items: string[], max = 5): string =>
  items.length <= max ? items.join('; ') : `${items.slice(0, max).join('; ')} and ${items.length - max} more`
