import { getImageProps } from 'next/image.js'

/** What an `<img>` needs besides its `src` to let the browser pick the variant its screen needs. */
export type ResponsiveSources = { sizes?: string; srcSet?: string }

/** Figures fill the text column: the whole width on phones, at most the column (`--ppk-measure`, 42rem). */
export const FIGURE_SIZES = '(max-width: 42rem) 100vw, 42rem'

/** The author box's photo is 4.5rem square. */
export const AUTHOR_PHOTO_WIDTH = 72

/**
 * Resized WebP variants of an upload from Next's image optimizer (`/_next/image`, the same as
 * `<Image>` renders): `sizes` given, a width-described set for a fluid image; else 1x/2x of
 * `width`. The `src` stays the upload's own URL (what the browser falls back to, and what crawlers
 * and the page's tests read). An upload of unknown size gets none (the optimizer needs the aspect
 * ratio), nor does an image on another host (no `images.remotePatterns`: the optimizer refuses it).
 */
export const responsiveSources = (
  url: string,
  { height, sizes, width }: { height?: number; sizes?: string; width?: number },
): ResponsiveSources => {
  const local = url.startsWith('/') && !url.startsWith('//')
  if (!local || !width || !height) return {}
  const { props } = getImageProps({ alt: '', height, sizes, src: url, width })
  return { sizes: props.sizes, srcSet: props.srcSet }
}
