import type { ImagePlanRow } from 'payload-prompt-kit/rsc'
import type { EeatRow, RenderableLink } from 'payload-prompt-kit'

import { publishableEeat } from 'payload-prompt-kit'
import { ArticleEvidence, ArticleFigure, figureUpload } from 'payload-prompt-kit/rsc'

import { FIGURE_SIZES, responsiveSources } from '../../_site/responsiveImage.js'

/** What goes under a heading named by its `placement`: a planned image, a piece of evidence or an internal link. */
export type Placeable =
  | { evidence: EeatRow; kind: 'evidence' }
  | { hero?: boolean; image: ImagePlanRow; kind: 'figure' }
  | { kind: 'link'; link: RenderableLink }

export const placementOf = (item: Placeable) =>
  item.kind === 'figure' ? item.image.placement : item.kind === 'link' ? item.link.placement : item.evidence.placement

/** Verified, complete E-E-A-T items only (`publishableEeat`), whatever the loader passed. */
const evidenceOf = (list: Placeable[]) =>
  publishableEeat(list.flatMap((item) => (item.kind === 'evidence' ? [item.evidence] : [])))

export type PlacedContentProps = {
  imageSources: Map<string, string>
  items: Placeable[]
  /** Draft preview: figures without an upload show a placeholder. */
  preview: boolean
}

type PlacedFigureProps = { hero?: boolean; image: ImagePlanRow } & Omit<PlacedContentProps, 'items'>

/**
 * A planned image with resized WebP variants for the reader's screen. The hero (the plan's first
 * item, the article's main image) loads eagerly: at desktop width it is the largest paint.
 */
export const PlacedFigure = ({ hero = false, image, imageSources, preview }: PlacedFigureProps) => {
  const shown = figureUpload(image.image)
  const url = (image.filename ? imageSources.get(image.filename) : undefined) ?? shown?.url
  const sources = url ? responsiveSources(url, { height: shown?.height, sizes: FIGURE_SIZES, width: shown?.width }) : {}
  return <ArticleFigure image={image} preview={preview} priority={hero} src={url} {...sources} />
}

const SeeAlso = ({ links }: { links: RenderableLink[] }) => (
  <p className="ppk-see-also see-also">
    See also:{' '}
    {links.map((link, i) => (
      <span key={link.href}>
        {i > 0 ? ', ' : null}
        <a href={link.href}>{link.anchorText}</a>
      </span>
    ))}
  </p>
)

/** The figures, evidence and "see also" links that belong under one heading (or after the body). */
export const PlacedContent = ({ imageSources, items, preview }: PlacedContentProps) => {
  const links = items.flatMap((item) => (item.kind === 'link' ? [item.link] : []))
  return (
    <>
      {items.flatMap((item, i) =>
        item.kind === 'figure' ? [<PlacedFigure hero={item.hero} image={item.image} imageSources={imageSources} key={i} preview={preview} />] : [],
      )}
      <ArticleEvidence items={evidenceOf(items)} />
      {links.length ? <SeeAlso links={links} /> : null}
    </>
  )
}
