import type { Breadcrumb, OgImagePath, PublicAuthor, SiteSettings } from 'payload-prompt-kit'

import { articleOgImagePath, buildArticlePageJsonLd, getArticleBreadcrumbs, getPublicAuthor, getSiteSettings, uploadOf } from 'payload-prompt-kit'

import type { SiteOptions, sitePayload } from './sitePayload.js'
import type { SiteArticle } from './types.js'

type Payload = Awaited<ReturnType<typeof sitePayload>>

/**
 * The site options an article page needs for its head tags and JSON-LD: where articles live, the
 * site settings (publisher, name, locale, handles) and where the Open Graph card is served. Passed
 * as is to `getArticleMetadata(article, site)`.
 */
export type ArticlePageSite = SiteOptions & { ogImagePath?: OgImagePath; settings?: null | SiteSettings }

/** What the page shows around the article: the site settings, the author, the breadcrumb trail. */
export type ArticleContext = {
  author: null | PublicAuthor
  breadcrumbs: Breadcrumb[]
  site: ArticlePageSite & { ogImagePath: OgImagePath; settings: null | SiteSettings }
}

/**
 * Load the article's context. The author is read with its public fields only (an author may be a
 * user, whom readers cannot read); without one the site's default author signs the article.
 */
export const loadArticleContext = async (payload: Payload, site: SiteOptions, article: SiteArticle): Promise<ArticleContext> => {
  const [settings, ownAuthor, breadcrumbs] = await Promise.all([
    getSiteSettings(payload),
    getPublicAuthor(payload, article.author),
    getArticleBreadcrumbs(payload, article),
  ])
  return {
    author: ownAuthor ?? settings?.defaultAuthor ?? null,
    breadcrumbs,
    site: { ...site, ogImagePath: articleOgImagePath(site.articlePath), settings },
  }
}

/** The plan's first image is the hero: its upload, or the media file named like it. */
const heroImageUrl = (article: SiteArticle, imageSources: Map<string, string>): string | undefined => {
  const hero = article.imagePlan?.[0] as ({ image?: unknown } & NonNullable<SiteArticle['imagePlan']>[number]) | undefined
  return uploadOf(hero?.image).url ?? (hero?.filename ? imageSources.get(hero.filename) : undefined)
}

/**
 * The page's structured data, built from the version shown and the current site settings (so a
 * new logo or publisher name shows without re-saving articles): Article with author Person,
 * publisher Organization and images (own or card, hero), the FAQPage of the rendered FAQ, and the
 * BreadcrumbList.
 */
export const articleJsonLd = (article: SiteArticle, context: ArticleContext, imageSources: Map<string, string>): unknown => {
  const { author, breadcrumbs, site } = context
  return buildArticlePageJsonLd(
    { ...article, meta: article.meta ?? undefined },
    {
      articlePath: site.articlePath,
      author,
      breadcrumbs,
      heroImageUrl: heroImageUrl(article, imageSources),
      imageUrl: uploadOf(article.meta?.image).url,
      ogCardUrl: site.ogImagePath(article),
      settings: site.settings,
      siteUrl: site.siteUrl,
    },
  )
}
