/** A date the page can show: the ISO string for `<time datetime>` and the text for readers. */
export type ShownDate = { iso: string; text: string }

const parse = (value: Date | null | string | undefined): Date | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/**
 * `value` as "6 December 2026" (in `locale`), or undefined when it is no date. Formatted in UTC so
 * the server's time zone never shifts a date by a day between builds.
 */
export const shownDate = (value: Date | null | string | undefined, locale = 'en'): ShownDate | undefined => {
  const date = parse(value)
  if (!date) return undefined
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
  return { iso: date.toISOString(), text }
}

/** The published and (when it falls on a later day) updated dates of an article. */
export const articleDates = (
  publishedAt: Date | null | string | undefined,
  updatedAt: Date | null | string | undefined,
  locale = 'en',
): { published?: ShownDate; updated?: ShownDate } => {
  const published = shownDate(publishedAt, locale)
  const updated = shownDate(updatedAt, locale)
  const laterDay = published && updated && updated.iso.slice(0, 10) > published.iso.slice(0, 10)
  return { published, updated: laterDay || (!published && updated) ? updated : undefined }
}
