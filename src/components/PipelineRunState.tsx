'use client'
import type { JsonAnswer } from './requestJson.js'
import type { usePipelineStatus } from './usePipelineStatus.js'
import type { useKitVersions } from './useKitVersions.js'

import { isRunStatus, runStatusLabels } from '../i18n/runStatusLabels.js'
import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { LastRunKitVersion } from './KitVersionSelect.js'
import { PipelineRefinement } from './PipelineRefinement.js'
import { llmWaitText } from './llmWait.js'
import { useApiError } from './useApiError.js'

const errorStyle = { color: 'var(--theme-error-600, #c62828)', fontSize: 12 } as const

type Props = {
  /** An error answer of the status request or of starting a run. */
  error: JsonAnswer<unknown>['error']
  kitVersions: ReturnType<typeof useKitVersions>
  live: boolean
  /** A run ended while the form had unsaved changes: offer to load what it wrote. */
  newContent: boolean
  onLoadNewContent: () => void
  status: ReturnType<typeof usePipelineStatus>['status']
}

/** The Pipeline panel's lines about the last run: its state, the LLM wait, its kit version, errors. */
export const PipelineRunState = ({ error, kitVersions, live, newContent, onLoadNewContent, status }: Props) => {
  const { t, i18n } = useKitTranslation()
  const explain = useApiError()
  const runStatusText = (value: unknown) => (isRunStatus(value) ? t(runStatusLabels[value]).toLowerCase() : String(value ?? ''))
  const active = Boolean(status?.run?.active)
  return (
    <>
      <p aria-live="polite" id="prompt-kit-run-state" style={{ fontSize: 12, margin: '8px 0' }}>
        {status?.run ? t(active ? 'runActive' : 'runEnded', { status: runStatusText(status.run.status) }) : t('noRunYet')}
        {live ? ` · ${t('updatingLive')}` : ''}
      </p>
      {active && status?.run?.waitingForLlm ? (
        <p id="prompt-kit-llm-wait" role="status" style={{ color: 'var(--theme-warning-700, #b45309)', fontSize: 12, margin: '0 0 8px' }}>
          {llmWaitText(status.run.waitingForLlm, t, { locale: i18n.language, now: new Date() })}
        </p>
      ) : null}
      <PipelineRefinement active={active} refinement={status?.run?.refinement} />
      {status?.run ? <LastRunKitVersion kitVersion={kitVersions.runKitVersion} options={kitVersions.versions} /> : null}
      {status?.run?.error ? (
        <p role="alert" style={errorStyle}>
          {t('runFailedBecause', { reason: status.run.error })}
        </p>
      ) : null}
      {error ? (
        <p role="alert" style={errorStyle}>
          {explain(error)}
        </p>
      ) : null}
      {newContent ? (
        <p style={{ fontSize: 12 }}>
          {t('newContentUnsaved')}{' '}
          <button onClick={onLoadNewContent} type="button">
            {t('loadNewContent')}
          </button>
        </p>
      ) : null}
    </>
  )
}
