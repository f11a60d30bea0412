import config from '@payload-config'
import { getPayload } from 'payload'
import { getPromptKitOptions } from 'payload-prompt-kit'

/** The site's Payload instance (Payload caches it per process). */
export const sitePayload = () => getPayload({ config })

/** Where articles live and how their URLs are built: the plugin's options, so admin and site agree. */
export const siteOptions = (payload: Awaited<ReturnType<typeof sitePayload>>) => {
  const options = getPromptKitOptions(payload)
  return {
    articlePath: options.site.articlePath,
    articlesCollection: options.articles.collection,
    mediaCollection: options.mediaCollection,
    siteUrl: options.site.url,
    slugs: options.slugs,
  }
}

export type SiteOptions = ReturnType<typeof siteOptions>
