// Server components for sites (`payload-prompt-kit/rsc`); the pure helpers are in the package root.
export { ArticleFaq } from '../frontend/ArticleFaq.js'
export type { ArticleFaqProps } from '../frontend/ArticleFaq.js'
export { ArticleEvidence } from '../frontend/ArticleEvidence.js'
export type { ArticleEvidenceProps } from '../frontend/ArticleEvidence.js'
export { ArticleFigure, IMAGE_PLACEHOLDER_SRC } from '../frontend/ArticleFigure.js'
export type { ArticleFigureProps, ImagePlanRow } from '../frontend/ArticleFigure.js'
export { ArticleJsonLd } from '../frontend/ArticleJsonLd.js'
export type { ArticleJsonLdProps } from '../frontend/ArticleJsonLd.js'
export { articleJsxConverters } from '../frontend/articleJsxConverters.js'
export type {
  ArticleJsxConvertersOptions,
  HeadingInfo,
  InternalDocToHref,
} from '../frontend/articleJsxConverters.js'
export { ArticleRichText } from '../frontend/ArticleRichText.js'
export type { ArticleRichTextProps } from '../frontend/ArticleRichText.js'
