import type { ImagePlanRow } from 'payload-prompt-kit/rsc'
import type { EeatRow, RenderableLink } from 'payload-prompt-kit'

import { publishableEeat } from 'payload-prompt-kit'
import { ArticleEvidence, ArticleFigure } from 'payload-prompt-kit/rsc'

/** What goes under a heading named by its `placement`: a planned image, a piece of evidence or an internal link. */
export type Placeable =
  | { evidence: EeatRow; kind: 'evidence' }
  | { image: ImagePlanRow; kind: 'figure' }
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

export const PlacedFigure = ({ image, imageSources, preview }: { image: ImagePlanRow } & Omit<PlacedContentProps, 'items'>) => (
  <ArticleFigure image={image} preview={preview} src={image.filename ? imageSources.get(image.filename) : undefined} />
)

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
        item.kind === 'figure' ? [<PlacedFigure image={item.image} imageSources={imageSources} key={i} preview={preview} />] : [],
      )}
      <ArticleEvidence items={evidenceOf(items)} />
      {links.length ? <SeeAlso links={links} /> : null}
    </>
  )
}
