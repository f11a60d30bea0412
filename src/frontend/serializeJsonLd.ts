const unsafe: Record<string, string> = {
  '&': '\\u0026',
  '<': '\\u003c',
  '>': '\\u003e',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

/**
 * JSON for a `<script type="application/ld+json">` body. `<`, `>` and `&` can only occur inside
 * JSON strings, so replacing them with `\u` escapes keeps the same parsed value while no text can
 * close the tag or open a comment; U+2028/2029 are escaped for pre-ES2019 JavaScript parsers.
 */
export const serializeJsonLd = (value: unknown): string => {
  const json = JSON.stringify(value) as string | undefined
  if (json === undefined) throw new TypeError('serializeJsonLd: value is not JSON-serialisable')
  return json.replace(/[<>&\u2028\u2029]/g, (char) => unsafe[char]!)
}
