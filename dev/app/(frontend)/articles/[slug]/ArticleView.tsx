import type { ImagePlanRow } from 'payload-prompt-kit/rsc'
import type { EeatRow, RenderableLink } from 'payload-prompt-kit'

import { headingTexts, placeUnderHeadings, publishableEeat, publishedInternalLinks, renderOncePerHeading } from 'payload-prompt-kit'
import { ArticleEvidence, ArticleFaq, ArticleFigure, ArticleJsonLd, ArticleRichText } from 'payload-prompt-kit/rsc'

import type { ArticlePageData } from '../../../../lib/loadArticlePage.js'

/** What goes under a heading named by its `placement`: a planned image, a piece of evidence or an internal link. */
type Placeable =
  | { evidence: EeatRow; kind: 'evidence' }
  | { image: ImagePlanRow; kind: 'figure' }
  | { kind: 'link'; link: RenderableLink }

const placementOf = (item: Placeable) =>
  item.kind === 'figure' ? item.image.placement : item.kind === 'link' ? item.link.placement : item.evidence.placement

/** Verified, complete E-E-A-T items only (`publishableEeat`), whatever the loader passed. */
const evidenceOf = (list: Placeable[]) =>
  publishableEeat(list.flatMap((item) => (item.kind === 'evidence' ? [item.evidence] : [])))

/** H1, introduction, body, conclusion, FAQ and related links, with the JSON-LD of the same version. */
export const ArticleView = ({ article, evidence, imageSources, jsonLd, preview, site }: ArticlePageData) => {
  const { articlePath, articlesCollection } = site
  const items: Placeable[] = [
    ...(article.imagePlan ?? []).map((image) => ({ image, kind: 'figure' as const })),
    ...publishableEeat(evidence).map((item) => ({ evidence: item, kind: 'evidence' as const })),
    ...publishedInternalLinks(article.internalLinks, articlePath).map((link) => ({ kind: 'link' as const, link })),
  ]
  const { byHeading, rest } = placeUnderHeadings(
    items,
    placementOf,
    headingTexts(article.introduction, article.body, article.conclusion),
  )

  const figure = (image: ImagePlanRow, key: number) => (
    <ArticleFigure image={image} key={key} src={image.filename ? imageSources.get(image.filename) : undefined} />
  )
  const links = (list: RenderableLink[]) => (
    <p className="see-also">
      See also:{' '}
      {list.map((link, i) => (
        <span key={link.href}>
          {i > 0 ? ', ' : null}
          <a href={link.href}>{link.anchorText}</a>
        </span>
      ))}
    </p>
  )
  const placed = (list: Placeable[]) => (
    <>
      {list.flatMap((item, i) => (item.kind === 'figure' ? [figure(item.image, i)] : []))}
      <ArticleEvidence items={evidenceOf(list)} />
      {list.some((item) => item.kind === 'link')
        ? links(list.flatMap((item) => (item.kind === 'link' ? [item.link] : [])))
        : null}
    </>
  )
  // One callback for all three parts: each group appears once, under the first matching heading.
  const richText = { afterHeading: renderOncePerHeading(byHeading, placed), articlePath, articlesCollection }
  const restFigures = rest.flatMap((item) => (item.kind === 'figure' ? [item.image] : []))
  const restLinks = rest.flatMap((item) => (item.kind === 'link' ? [item.link] : []))

  return (
    <main>
      {preview ? (
        <p className="preview-banner">
          Draft preview. <a href="/next/exit-preview">Leave preview</a>
        </p>
      ) : null}
      <article>
        <header>
          <p>
            <a href="/">All articles</a>
          </p>
          <h1>{article.title}</h1>
        </header>
        <ArticleRichText className="introduction" data={article.introduction} {...richText} />
        <ArticleRichText className="body" data={article.body} {...richText} />
        {restFigures.map(figure)}
        <ArticleEvidence items={evidenceOf(rest)} />
        <ArticleRichText className="conclusion" data={article.conclusion} {...richText} />
        <ArticleFaq faq={article.faq} />
        {restLinks.length ? (
          <nav aria-labelledby="related">
            <h2 id="related">Related articles</h2>
            <ul>
              {restLinks.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.anchorText}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </article>
      <ArticleJsonLd data={jsonLd} />
    </main>
  )
}
