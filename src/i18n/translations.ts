import { componentStrings } from './componentStrings.js'
import { de } from './de.js'
import { en } from './en.js'

/** Payload's i18n namespace of every plugin string: keys are read as `promptKit:<key>`. */
export const NAMESPACE = 'promptKit'

export type PromptKitLanguage = 'de' | 'en'

/**
 * The plugin's translations in the shape of Payload's `i18n.translations`: collection and field
 * strings plus the admin components' strings, per language.
 */
export const promptKitTranslations: Record<PromptKitLanguage, { [NAMESPACE]: Record<string, string> }> = {
  de: { [NAMESPACE]: { ...de, ...componentStrings.de } },
  en: { [NAMESPACE]: { ...en, ...componentStrings.en } },
}
