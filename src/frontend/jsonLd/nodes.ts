import type { AuthorInput, Breadcrumb, SiteSettingsInput } from './inputs.js'

import { httpUrlOf, joinUrl, resolveImage, sameAsUrls, text, uploadOf } from './values.js'

export type JsonLdImageObject = { '@type': 'ImageObject'; height?: number; url: string; width?: number }

export type JsonLdPersonNode = {
  '@type': 'Person'
  description?: string
  image?: string
  jobTitle?: string
  name: string
  sameAs?: string[]
  url?: string
}

export type JsonLdOrganizationNode = {
  '@type': 'Organization'
  logo?: JsonLdImageObject
  name: string
  sameAs?: string[]
  url?: string
}

export type JsonLdBreadcrumbListNode = {
  '@type': 'BreadcrumbList'
  itemListElement: Array<{ '@type': 'ListItem'; item: string; name: string; position: number }>
}

/** Drop undefined values and empty lists, so the JSON has no empty properties. */
const compact = <T extends Record<string, unknown>>(node: T): T =>
  Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T

/** The author as a schema.org Person, or undefined without a name (an email is never a name). */
export const personNode = (author: AuthorInput | undefined, siteUrl: string): JsonLdPersonNode | undefined => {
  const name = text(author?.name)
  if (!author || !name) return undefined
  return compact({
    '@type': 'Person' as const,
    description: text(author.bio),
    image: resolveImage(siteUrl, uploadOf(author.image).url),
    jobTitle: text(author.role),
    name,
    sameAs: sameAsUrls(author.sameAs),
    url: httpUrlOf(author.url),
  })
}

/** The publisher as a schema.org Organization with its logo, or undefined without a name. */
export const publisherNode = (settings: SiteSettingsInput | undefined, siteUrl: string): JsonLdOrganizationNode | undefined => {
  const name = text(settings?.publisherName, settings?.siteName)
  if (!settings || !name) return undefined
  const logo = uploadOf(settings.publisherLogo)
  const logoUrl = resolveImage(siteUrl, logo.url)
  return compact({
    '@type': 'Organization' as const,
    logo: logoUrl ? compact({ '@type': 'ImageObject' as const, height: logo.height, url: logoUrl, width: logo.width }) : undefined,
    name,
    sameAs: sameAsUrls(settings.sameAs),
    url: httpUrlOf(settings.publisherUrl) ?? httpUrlOf(settings.siteUrl) ?? siteUrl,
  })
}

/** The trail before the page (e.g. Home → pillar article), then the page itself. */
export const breadcrumbListNode = (crumbs: Breadcrumb[], page: { name: string; url: string }, siteUrl: string): JsonLdBreadcrumbListNode => ({
  '@type': 'BreadcrumbList',
  itemListElement: [...crumbs.map((crumb) => ({ item: joinUrl(siteUrl, crumb.path), name: crumb.name })), { item: page.url, name: page.name }].map(
    (entry, index) => ({ '@type': 'ListItem' as const, item: entry.item, name: entry.name, position: index + 1 }),
  ),
})
