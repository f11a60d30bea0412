import type { CollectionConfig, Config } from 'payload'

import { deepMergeSimple } from 'payload/shared'

import { promptKitGroup } from './labels.js'
import { NAMESPACE, promptKitTranslations } from './translations.js'

type Translations = Record<string, Record<string, unknown> | undefined>

/**
 * The host's i18n settings with the plugin's strings added underneath: the host's own translation
 * of a `promptKit:` key wins. Languages are not added: the host's `supportedLanguages` decides which
 * ones the admin offers (Payload's default is English only).
 */
export const withPromptKitTranslations = (incoming: Config['i18n']): NonNullable<Config['i18n']> => ({
  ...incoming,
  translations: deepMergeSimple(promptKitTranslations, incoming?.translations ?? {}),
})

/**
 * Payload takes no label function for a collection's sidebar group, only a per-language record:
 * build it from the merged translations so the host's wording wins there too. A group set by the
 * host through `overrides` is a different object and stays as it is.
 */
export const withTranslatedGroup = (collection: CollectionConfig, translations: unknown): CollectionConfig => {
  if (collection.admin?.group !== promptKitGroup) return collection
  const group: Record<string, string> = { ...promptKitGroup }
  for (const [language, namespaces] of Object.entries((translations ?? {}) as Translations)) {
    const text = (namespaces?.[NAMESPACE] as Record<string, unknown> | undefined)?.groupPromptKit
    if (typeof text === 'string' && text) group[language] = text
  }
  return { ...collection, admin: { ...collection.admin, group } }
}
