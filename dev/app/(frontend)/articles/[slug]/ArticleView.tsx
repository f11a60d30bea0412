import type { HeadingAnchor } from 'payload-prompt-kit/rsc'

import { faqItems, headingTexts, placeUnderHeadings, publishableEeat, publishedInternalLinks, renderOncePerHeading } from 'payload-prompt-kit'
import {
  ArticleByline,
  ArticleEvidence,
  ArticleFaq,
  ArticleJsonLd,
  ArticleRichText,
  ArticleToc,
  AuthorBox,
  authorProfile,
  headingAnchors,
  readingMinutes,
} from 'payload-prompt-kit/rsc'

import type { ArticlePageData } from '../../../../lib/loadArticlePage.js'
import type { Placeable } from './PlacedContent.js'

import { AUTHOR_PHOTO_WIDTH, responsiveSources } from '../../_site/responsiveImage.js'
import { PlacedContent, PlacedFigure, placementOf } from './PlacedContent.js'

const FAQ_HEADING = 'Frequently asked questions'

/** Ids the page uses itself (the layout's `<main id="content">`, FAQ, related): headings get others. */
const PAGE_IDS = ['content', 'faq', 'related']

/** The author box's photo at its shown size (1x, 2x) instead of the whole upload. */
const authorPhoto = (author: unknown): { photoSrcSet?: string } => {
  const image = authorProfile(author)?.image
  return image ? { photoSrcSet: responsiveSources(image.url, { height: AUTHOR_PHOTO_WIDTH, width: AUTHOR_PHOTO_WIDTH }).srcSet } : {}
}

export type ArticleViewProps = ArticlePageData & {
  /** BCP 47 locale for dates. @default 'en' */
  locale?: string
}

/**
 * The article page: title, byline (author, dates, reading time), contents, introduction, body,
 * conclusion, FAQ, author box and related links, with the JSON-LD of the same version.
 */
export const ArticleView = ({ article, author, evidence, imageSources, jsonLd, locale = 'en', preview, site }: ArticleViewProps) => {
  const { articlePath, articlesCollection } = site
  const items: Placeable[] = [
    ...(article.imagePlan ?? []).map((image, i) => ({ hero: i === 0, image, kind: 'figure' as const })),
    ...publishableEeat(evidence).map((item) => ({ evidence: item, kind: 'evidence' as const })),
    ...publishedInternalLinks(article.internalLinks, articlePath).map((link) => ({ kind: 'link' as const, link })),
  ]
  const parts = [article.introduction, article.body, article.conclusion]
  const { byHeading, rest } = placeUnderHeadings(items, placementOf, headingTexts(...parts))
  const placed = (list: Placeable[]) => <PlacedContent imageSources={imageSources} items={list} preview={preview} />
  // One callback for all three parts: each group appears once, under the first matching heading.
  const richText = { afterHeading: renderOncePerHeading(byHeading, placed), articlePath, articlesCollection }
  const restLinks = rest.flatMap((item) => (item.kind === 'link' ? [item.link] : []))

  // Heading ids unique across the three parts, shared by the headings and the contents list.
  const [introIds = [], bodyIds = [], conclusionIds = []] = headingAnchors(parts, { reservedIds: PAGE_IDS })
  const ids = (anchors: HeadingAnchor[]) => anchors.map((anchor) => anchor.id)
  const faq: HeadingAnchor[] = faqItems(article.faq).length ? [{ id: 'faq', level: 2, text: FAQ_HEADING }] : []

  return (
    <>
      {preview ? (
        <p className="ppk-banner preview-banner">
          Draft preview. <a href="/next/exit-preview">Leave preview</a>
        </p>
      ) : null}
      <article className="ppk-article">
        <header className="ppk-article-header">
          <p className="ppk-breadcrumbs">
            <a href="/">All articles</a>
          </p>
          <h1 className="ppk-article-title">{article.title}</h1>
          {article.meta?.description ? <p className="ppk-article-description">{article.meta.description}</p> : null}
          <ArticleByline
            author={author}
            locale={locale}
            publishedAt={article.publishedAt}
            readingMinutes={readingMinutes(article)}
            updatedAt={article.updatedAt}
          />
        </header>
        <ArticleToc headings={[...introIds, ...bodyIds, ...conclusionIds, ...faq]} />
        <div className="ppk-prose">
          <ArticleRichText className="introduction" data={article.introduction} headingIds={ids(introIds)} {...richText} />
          <ArticleRichText className="body" data={article.body} headingIds={ids(bodyIds)} {...richText} />
          {rest.flatMap((item, i) =>
            item.kind === 'figure' ? [<PlacedFigure hero={item.hero} image={item.image} imageSources={imageSources} key={i} preview={preview} />] : [],
          )}
          <ArticleEvidence items={publishableEeat(rest.flatMap((item) => (item.kind === 'evidence' ? [item.evidence] : [])))} />
          <ArticleRichText className="conclusion" data={article.conclusion} headingIds={ids(conclusionIds)} {...richText} />
        </div>
        <ArticleFaq faq={article.faq} heading={FAQ_HEADING} id="faq" />
        <AuthorBox author={author} {...authorPhoto(author)} />
        {restLinks.length ? (
          <nav aria-labelledby="related" className="ppk-related">
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
    </>
  )
}
