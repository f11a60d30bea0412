'use client'
import type { SkippedEntry } from '../maps/types.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'

const reasonKey = { active: 'mapSkipActive', budget: 'mapSkipBudget', error: 'mapSkipError' } as const

/** Briefs left out of the batch, in order, each with why (the API's message as its title). */
export const MapSkippedList = ({ skipped }: { skipped: SkippedEntry[] }) => {
  const { t } = useKitTranslation()
  if (!skipped.length) return null
  return (
    <div id="prompt-kit-map-skipped">
      <p style={{ fontWeight: 600 }}>{t('mapNotQueued')}</p>
      <ul>
        {skipped.map((entry) => (
          <li data-reason={entry.reason} key={String(entry.brief)} title={entry.message}>
            {entry.title}: {t(reasonKey[entry.reason])}
          </li>
        ))}
      </ul>
    </div>
  )
}
