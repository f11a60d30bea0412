import type { GlobalConfig, TextFieldSingleValidation } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { isLoggedIn } from '../access/isLoggedIn.js'
import { enDe, httpUrl, imageField, sameAsField } from '../collections/authorFields.js'
import { promptKitGroup } from '../i18n/labels.js'

const twitterHandle: TextFieldSingleValidation = (value) =>
  !value || /^@?\w{1,15}$/.test(value) ? true : 'A handle like @example (letters, digits, _; at most 15)'

const ogLocale: TextFieldSingleValidation = (value) =>
  !value || /^[a-z]{2,3}_[A-Z]{2}$/.test(value) ? true : 'A locale like en_US or de_DE'

/**
 * The site's publisher, default author and images, social handles: what every page's JSON-LD
 * (publisher Organization, logo) and head tags (og:site_name, og:locale, twitter:site) need.
 * Public by design (the page prints all of it), so it must hold no secrets; logged-in editors update it.
 */
export const createSiteSettingsGlobal = (options: ResolvedPromptKitOptions, slug: string): GlobalConfig => {
  const media = options.mediaCollection
  const defaultFields: GlobalConfig['fields'] = [
    { name: 'siteName', type: 'text', label: enDe('Site name', 'Name der Website') },
    {
      name: 'siteUrl',
      type: 'text',
      admin: {
        description: enDe(
          `The publisher's web address when Publisher URL is empty (empty: ${options.site.url}); article URLs come from the plugin's site.url`,
          `Adresse des Herausgebers, wenn dessen URL leer ist (leer: ${options.site.url}); Artikel-URLs kommen aus site.url des Plugins`,
        ),
      },
      label: enDe('Site URL', 'URL der Website'),
      validate: httpUrl,
    },
    { name: 'publisherName', type: 'text', label: enDe('Publisher name', 'Name des Herausgebers') },
    { name: 'publisherUrl', type: 'text', label: enDe('Publisher URL', 'URL des Herausgebers'), validate: httpUrl },
    imageField('publisherLogo', enDe('Publisher logo', 'Logo des Herausgebers'), media),
    sameAsField(enDe("The publisher's profiles elsewhere", 'Profile des Herausgebers anderswo')),
    {
      name: 'defaultAuthor',
      type: 'relationship',
      admin: { description: enDe('Signs articles that name no author', 'Zeichnet Artikel ohne eigenen Autor') },
      label: enDe('Default author', 'Standard-Autor'),
      relationTo: options.authors.collection,
    },
    imageField(
      'defaultOgImage',
      enDe('Default Open Graph image', 'Standard-Open-Graph-Bild'),
      media,
      enDe('For pages without an image of their own or a generated card', 'Für Seiten ohne eigenes Bild oder erzeugte Karte'),
    ),
    { name: 'twitterHandle', type: 'text', label: enDe('Twitter / X handle', 'Twitter-/X-Name'), validate: twitterHandle },
    {
      name: 'locale',
      type: 'text',
      admin: { description: enDe('Open Graph locale, e.g. en_US', 'Open-Graph-Locale, z. B. de_DE') },
      label: enDe('Locale', 'Locale'),
      validate: ogLocale,
    },
  ]
  return {
    slug,
    access: { read: () => true, update: isLoggedIn },
    admin: { group: promptKitGroup },
    fields: options.siteSettings?.fields ? options.siteSettings.fields({ defaultFields }) : defaultFields,
    label: enDe('Site settings', 'Website-Einstellungen'),
  }
}
