import { articleDates } from './articleDates.js'
import { authorProfile } from './authorProfile.js'

export type ArticleBylineProps = {
  /** The populated author document; an ID or nothing leaves the name out. */
  author?: unknown
  /** BCP 47 locale for the dates. @default 'en' */
  locale?: string
  publishedAt?: Date | null | string
  /** Minutes, e.g. from `readingMinutes(article)`; 0 or unset leaves it out. */
  readingMinutes?: number
  updatedAt?: Date | null | string
  /** Words around the values; override to translate. */
  labels?: Partial<BylineLabels>
}

export type BylineLabels = {
  by: string
  minutes: (minutes: number) => string
  published: string
  updated: string
}

const defaultLabels: BylineLabels = {
  by: 'By',
  minutes: (minutes) => `${minutes} min read`,
  published: 'Published',
  updated: 'Updated',
}

/**
 * The line under the title (server component): "By Name · Published <time> · Updated <time> · 6
 * min read". Each part only when known; nothing at all when none is.
 */
export const ArticleByline = ({ author, labels, locale = 'en', publishedAt, readingMinutes, updatedAt }: ArticleBylineProps) => {
  const words = { ...defaultLabels, ...labels }
  const profile = authorProfile(author)
  const { published, updated } = articleDates(publishedAt, updatedAt, locale)
  const parts = [
    profile ? (
      <span className="ppk-byline-author" key="author">
        {words.by} {profile.url ? <a href={profile.url} rel="author">{profile.name}</a> : profile.name}
      </span>
    ) : null,
    published ? (
      <span key="published">
        {words.published} <time dateTime={published.iso}>{published.text}</time>
      </span>
    ) : null,
    updated ? (
      <span key="updated">
        {words.updated} <time dateTime={updated.iso}>{updated.text}</time>
      </span>
    ) : null,
    readingMinutes ? <span key="reading">{words.minutes(readingMinutes)}</span> : null,
  ].filter(Boolean)
  if (!parts.length) return null
  return <p className="ppk-byline">{parts}</p>
}
