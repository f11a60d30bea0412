/** The briefs collection's default word target, used when a brief has none. */
export const defaultWordTarget = 1200

/** The article's word target as the brief holds it: a positive integer, else the default. */
export const briefWordTarget = (brief: Record<string, unknown>): number => {
  const value = brief.wordTarget
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : defaultWordTarget
}
