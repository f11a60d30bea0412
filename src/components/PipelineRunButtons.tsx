'use client'
import { Button } from '@payloadcms/ui'

import { useKitTranslation } from '../i18n/useKitTranslation.js'

type Props = {
  busy: boolean
  onStart: (body: { phases?: string[] }) => void
  /** Keys of the phases marked stale. */
  stale: string[]
}

/** The Pipeline panel's Run all and Re-run stale buttons. */
export const PipelineRunButtons = ({ busy, onStart, stale }: Props) => {
  const { t } = useKitTranslation()
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
      <Button buttonStyle="primary" disabled={busy} id="prompt-kit-run-all" margin={false} onClick={() => onStart({})} size="small">
        {t('runAll')}
      </Button>
      <Button
        buttonStyle="secondary"
        disabled={busy || stale.length === 0}
        id="prompt-kit-rerun-stale"
        margin={false}
        onClick={() => onStart({ phases: stale })}
        size="small"
      >
        {t('rerunStale', { count: stale.length })}
      </Button>
    </div>
  )
}
