'use client'
import { useTranslation } from '@payloadcms/ui'

import type { ComponentStringKey } from './componentStrings.js'

/** Payload's `t`, narrowed to the plugin's component strings (keys checked by TypeScript). */
export const useKitTranslation = () => {
  const { i18n, t } = useTranslation()
  return {
    i18n,
    t: (key: ComponentStringKey, vars?: Record<string, number | string>) => t(`promptKit:${key}` as never, vars),
  }
}
