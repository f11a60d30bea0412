import { figureUpload, type FigureUpload } from './figureUpload.js'

export type ImagePlanRow = {
  altText?: null | string
  caption?: null | string
  description?: null | string
  filename?: null | string
  /** The item's upload: populated (depth ≥ 1) it is shown; an ID alone needs the `upload` prop. */
  image?: unknown
  placement?: null | string
}

export type ArticleFigureProps = {
  image: ImagePlanRow
  /** Draft preview: an item without an upload shows a labelled placeholder instead of nothing. @default false */
  preview?: boolean
  /** The page's main image (above the fold): loaded eagerly, with high fetch priority. @default false */
  priority?: boolean
  /** How wide the image shows at each breakpoint, for `srcSet` (e.g. `(max-width: 760px) 100vw, 720px`). */
  sizes?: string
  /** URL to show instead of the upload's own (e.g. a CDN or resized variant); needs an upload. */
  src?: null | string
  /** Resized variants of the upload (`url 640w, …`, e.g. from Next's `getImageProps`), so phones load less. */
  srcSet?: string
  /** The upload document, when `image.image` holds only its ID (the article read at depth 0). */
  upload?: FigureUpload | null
}

/** The placeholder of an item still waiting for its upload; editors see it in draft preview only. */
const PlannedImage = ({ alt, filename }: { alt: string; filename?: null | string }) => (
  <figure className="ppk-figure ppk-figure-planned" data-filename={filename ?? undefined}>
    <div aria-label={alt} className="ppk-figure-placeholder" role="img">
      Planned image{filename ? `: ${filename}` : ''} (no upload yet)
    </div>
    <figcaption className="ppk-figure-caption">Alt text: {alt}</figcaption>
  </figure>
)

/**
 * One image-plan item as a `<figure>`: its upload with the plan's alt text (the upload's own `alt`
 * when the plan has none), width and height (no layout shift), and the plan's caption. An item
 * without an upload renders nothing, except in draft preview; an item without any alt text
 * renders nothing at all (an image without alt text fails accessibility).
 */
export const ArticleFigure = ({ image, preview = false, priority = false, sizes, src, srcSet, upload }: ArticleFigureProps) => {
  const shown = figureUpload(upload) ?? figureUpload(image.image)
  const alt = image.altText?.trim() || shown?.alt?.trim()
  if (!alt) return null
  if (!shown) return preview ? <PlannedImage alt={alt} filename={image.filename} /> : null
  const caption = image.caption?.trim()
  return (
    <figure className="ppk-figure" data-filename={image.filename ?? undefined}>
      <img
        alt={alt}
        className="ppk-figure-img"
        decoding="async"
        fetchPriority={priority ? 'high' : undefined}
        height={shown.height}
        loading={priority ? 'eager' : 'lazy'}
        sizes={srcSet ? sizes : undefined}
        src={src || shown.url}
        srcSet={srcSet || undefined}
        width={shown.width}
      />
      {caption ? <figcaption className="ppk-figure-caption">{caption}</figcaption> : null}
    </figure>
  )
}
