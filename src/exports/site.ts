// Site helpers for a host's pages (re-exported from the package root): authors, site settings,
// breadcrumbs and the Open Graph card's URL. The card's route handler is in `payload-prompt-kit/og`.
export { getPublicAuthor } from '../collections/authorsRead.js'
export type { PublicAuthor } from '../collections/authorsRead.js'
export { getSiteSettings } from '../globals/getSiteSettings.js'
export type { SiteSettings } from '../globals/getSiteSettings.js'
export { getArticleBreadcrumbs } from '../frontend/jsonLd/getArticleBreadcrumbs.js'
export { authorDoc } from '../frontend/jsonLd/inputs.js'
export type { AuthorInput, Breadcrumb, SiteSettingsInput } from '../frontend/jsonLd/inputs.js'
export { authorTwitterHandle, twitterHandle } from '../frontend/jsonLd/handles.js'
export { uploadOf } from '../frontend/jsonLd/values.js'
export type { UploadInfo } from '../frontend/jsonLd/values.js'
export { articleOgImagePath } from '../frontend/og/ogImagePath.js'
export type { OgImagePath } from '../frontend/og/ogImagePath.js'
export { OG_CARD_SIZE } from '../frontend/getArticleMetadata.js'
export { buildArticlePageJsonLd } from '../frontend/buildArticleJsonLd.js'
export type {
  ArticlePageJsonLd,
  JsonLdArticleNode,
  JsonLdBreadcrumbListNode,
  JsonLdFaqPageNode,
  JsonLdOrganizationNode,
  JsonLdPersonNode,
} from '../frontend/buildArticleJsonLd.js'
export type { AuthorsOptions, SiteSettingsOptions } from '../types.js'
