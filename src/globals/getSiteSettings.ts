import type { GlobalSlug, Payload } from 'payload'

import type { PublicAuthor } from '../collections/authorsRead.js'
import type { SiteSettingsInput } from '../frontend/jsonLd/inputs.js'

import { getPublicAuthor } from '../collections/authorsRead.js'
import { getPromptKitOptions } from '../pluginOptions.js'

/** The site settings with the default author's public profile in place of its ID. */
export type SiteSettings = Omit<SiteSettingsInput, 'defaultAuthor'> & { defaultAuthor: null | PublicAuthor }

/**
 * The site settings global as an anonymous reader gets it (uploads populated), or null when the
 * plugin runs with `siteSettings: false`. Reads as the public would: nothing editors-only leaks.
 */
export const getSiteSettings = async (payload: Payload): Promise<null | SiteSettings> => {
  const { siteSettings } = getPromptKitOptions(payload)
  if (!siteSettings) return null
  const doc = (await payload.findGlobal({ slug: siteSettings.slug as GlobalSlug, depth: 1, overrideAccess: false })) as SiteSettingsInput
  return { ...doc, defaultAuthor: await getPublicAuthor(payload, doc.defaultAuthor) }
}
