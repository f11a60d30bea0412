import type { Payload } from 'payload'

import { getPromptKitOptions } from 'payload-prompt-kit'

import { seedUpload } from './seedUpload.js'

/**
 * Publisher, logo, default author, handle and locale of the dev site, once: settings an editor
 * changed (any site name set) are left alone.
 */
export const seedSiteSettings = async (
  payload: Payload,
  { defaultAuthor, devDir, mediaSlug }: { defaultAuthor: number | string; devDir: string; mediaSlug: string },
) => {
  const { siteSettings } = getPromptKitOptions(payload)
  if (!siteSettings) return
  const current = (await payload.findGlobal({ slug: siteSettings.slug, depth: 0 })) as { siteName?: null | string }
  if (current.siteName) return
  const publisherLogo = await seedUpload(payload, { alt: 'Prompt Kit Blog logo', collection: mediaSlug, devDir, file: 'publisher-logo.png' })
  await payload.updateGlobal({
    slug: siteSettings.slug,
    data: {
      defaultAuthor,
      locale: 'en_US',
      publisherLogo,
      publisherName: 'Prompt Kit Blog',
      publisherUrl: getPromptKitOptions(payload).site.url,
      sameAs: [{ url: 'https://github.com/example-prompt-kit-blog' }, { url: 'https://x.com/example_pkblog' }],
      siteName: 'Prompt Kit Blog',
      twitterHandle: '@example_pkblog',
    },
  })
  payload.logger.info('dev seed: filled the site settings (publisher, logo, default author)')
}
