const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * An href that is safe to render from generated text, or undefined. Relative URLs and http(s),
 * mailto and tel pass; `javascript:`, `data:` and every other scheme are refused, also when hidden
 * behind whitespace or control characters (browsers strip those before reading the scheme).
 */
export const safeHref = (url: unknown): string | undefined => {
  if (typeof url !== 'string') return undefined
  const trimmed = url.trim()
  if (trimmed === '') return undefined
  // eslint-disable-next-line no-control-regex
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed.replace(/[\u0000-\u0020\u007f]/g, ''))
  if (!scheme) return trimmed
  return allowedSchemes.has(`${scheme[1]!.toLowerCase()}:`) ? trimmed : undefined
}
