import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { cache } from 'react'

import { getSiteSettings } from 'payload-prompt-kit'

import { sitePayload } from '../../../lib/sitePayload.js'

/** What every page of the site shows about the site itself. */
export type SiteIdentity = {
  /** For `<html lang>` and `Intl` dates, e.g. `en-US`. */
  lang: string
  name: string
  publisher?: string
}

export const FALLBACK_SITE: SiteIdentity = { lang: 'en', name: 'Prompt Kit Blog' }

/** `en_US` (Open Graph) → `en-US` (BCP 47). */
const bcp47 = (locale: null | string | undefined): string | undefined =>
  locale && /^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale) ? locale.replace('_', '-') : undefined

/**
 * Site name, language and publisher from the site-settings global, cached per request. `next build`
 * prerenders the 404 page through this layout: it must not open (or migrate) a database then. When
 * the settings cannot be read (settings switched off, database away) the site still renders, under
 * the fallback name.
 */
export const siteIdentity = cache(async (): Promise<SiteIdentity> => {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return FALLBACK_SITE
  const settings = await sitePayload()
    .then(getSiteSettings)
    .catch(() => null)
  if (!settings) return FALLBACK_SITE
  return {
    lang: bcp47(settings.locale) ?? FALLBACK_SITE.lang,
    name: settings.siteName?.trim() || FALLBACK_SITE.name,
    publisher: settings.publisherName?.trim() || undefined,
  }
})
