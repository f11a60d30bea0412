/** Longest part of a caller's value an error message repeats. */
export const EXCERPT_CHARS = 40

/** Longest error message (or field name) an endpoint answers with, whatever produced it. */
export const MAX_MESSAGE_CHARS = 300

/** Cut `text` to `max` characters, marking the cut, so an answer never repeats a huge input. */
export const truncate = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}…` : text)

/** A short, quoted excerpt of a value sent by the caller, for error messages. */
export const excerpt = (value: unknown, max = EXCERPT_CHARS): string =>
  `"${truncate(typeof value === 'string' ? value : String(value), max)}"`
