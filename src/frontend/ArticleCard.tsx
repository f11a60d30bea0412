import { shownDate } from './articleDates.js'

export type ArticleCardProps = {
  description?: null | string
  /** Where the article lives, e.g. `articlePath(article)`. */
  href: string
  /** Heading level of the title, to fit the page's outline. @default 3 */
  headingLevel?: 2 | 3 | 4
  /** BCP 47 locale for the date. @default 'en' */
  locale?: string
  publishedAt?: Date | null | string
  /** Minutes (`readingMinutes`); 0 or unset leaves it out. */
  readingMinutes?: number
  title: string
}

/**
 * One article in a list (server component): the title as the link, the description, the
 * publication date and reading time. The whole card is clickable through the title's link.
 */
export const ArticleCard = ({ description, headingLevel = 3, href, locale = 'en', publishedAt, readingMinutes, title }: ArticleCardProps) => {
  const Heading = `h${headingLevel}` as 'h3'
  const date = shownDate(publishedAt, locale)
  return (
    <article className="ppk-card">
      <Heading className="ppk-card-title">
        <a href={href}>{title}</a>
      </Heading>
      {description ? <p className="ppk-card-description">{description}</p> : null}
      {date || readingMinutes ? (
        <p className="ppk-card-meta">
          {date ? <time dateTime={date.iso}>{date.text}</time> : null}
          {date && readingMinutes ? <span aria-hidden="true"> · </span> : null}
          {readingMinutes ? <span>{readingMinutes} min read</span> : null}
        </p>
      ) : null}
    </article>
  )
}
