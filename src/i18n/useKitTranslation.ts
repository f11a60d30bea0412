'use client'
import { useTranslation } from '@payloadcms/ui'

import type { ComponentStringKey } from './componentStrings.js'
import type { PluginStringKey } from './en.js'

/**
 * Payload's `t`, narrowed to the plugin's strings under `promptKit:` (keys checked by TypeScript):
 * the components' own (componentStrings.ts) and the collection labels (en.ts / de.ts).
 */
export const useKitTranslation = () => {
  const { i18n, t } = useTranslation()
  return {
    i18n,
    t: (key: ComponentStringKey | PluginStringKey, vars?: Record<string, number | string>) => t(`promptKit:${key}` as never, vars),
  }
}
