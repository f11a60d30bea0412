'use client'
import { useTranslation } from '@payloadcms/ui'

import type { PluginStringKey } from './en.js'

/**
 * Payload's `t`, narrowed to the plugin's own strings (en.ts / de.ts) for the kit preview and the
 * generations filters; the UI components' strings go through useKitTranslation.
 */
export const usePluginTranslation = () => {
  const { i18n, t } = useTranslation()
  return {
    i18n,
    t: (key: PluginStringKey, vars?: Record<string, number | string>) => t(`promptKit:${key}` as never, vars),
  }
}
