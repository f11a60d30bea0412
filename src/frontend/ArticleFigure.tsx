export type ImagePlanRow = {
  altText?: null | string
  description?: null | string
  filename?: null | string
  placement?: null | string
}

export type ArticleFigureProps = {
  image: ImagePlanRow
  /** URL of the produced image; a neutral placeholder stands in until it exists. */
  src?: null | string
}

/** A grey 16:9 box: planned images usually do not exist yet when an article is first published. */
export const IMAGE_PLACEHOLDER_SRC =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 9'%3E%3Crect width='16' height='9' fill='%23e5e7eb'/%3E%3C/svg%3E"

/** One image of the article's image plan as a `<figure>` with its alt text and caption. */
export const ArticleFigure = ({ image, src }: ArticleFigureProps) => {
  const alt = image.altText?.trim()
  if (!alt) return null
  const caption = image.description?.trim()
  return (
    <figure className="article-figure" data-filename={image.filename ?? undefined}>
      <img alt={alt} decoding="async" loading="lazy" src={src || IMAGE_PLACEHOLDER_SRC} />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  )
}
