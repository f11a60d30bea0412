'use client'
import type { PhaseStatusEntry } from '../pipeline/status.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { formatDuration, formatTokens, formatUsd } from './format.js'
import { statusOf } from './phaseStatus.js'

type Props = { disabled: boolean; onRun: () => void; phase: PhaseStatusEntry }

/** One phase of the Pipeline panel: title, status, what it cost, why it failed, and a run button. */
export const PhaseRow = ({ disabled, onRun, phase }: Props) => {
  const { i18n, t } = useKitTranslation()
  const status = statusOf(phase.status)
  const generated = phase.tokens > 0 || phase.latencyMs !== null
  return (
    <li
      data-phase={phase.key}
      data-status={phase.status}
      id={`prompt-kit-phase-${phase.key}`}
      style={{ borderBottom: '1px solid var(--theme-elevation-100)', padding: '6px 0' }}
    >
      <div style={{ alignItems: 'baseline', display: 'flex', gap: 8, justifyContent: 'space-between' }}>
        <strong>{phase.title}</strong>
        <span className="prompt-kit-phase-status" style={{ color: status.colour, whiteSpace: 'nowrap' }} title={t(status.hint)}>
          {t(status.label)}
        </span>
      </div>
      <div style={{ alignItems: 'center', display: 'flex', fontSize: 12, gap: 8, justifyContent: 'space-between', opacity: 0.85 }}>
        <span>
          {generated
            ? [
                phase.latencyMs !== null ? formatDuration(phase.latencyMs) : null,
                t('tokensCount', { count: formatTokens(phase.tokens, i18n.language) }),
                formatUsd(phase.cost),
              ]
                .filter(Boolean)
                .join(' · ')
            : t('notGeneratedYet')}
        </span>
        <button
          aria-label={t('runPhaseLabel', { phase: phase.title })}
          className="prompt-kit-run-phase"
          disabled={disabled}
          onClick={onRun}
          type="button"
        >
          {t('runPhase')}
        </button>
      </div>
      {phase.status === 'failed' && phase.error ? (
        <p role="alert" style={{ color: status.colour, fontSize: 12, margin: '4px 0 0' }}>
          {t('phaseFailedBecause', { reason: phase.error })}
        </p>
      ) : null}
    </li>
  )
}
