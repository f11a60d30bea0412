'use client'
import type { PhasePreview } from '../pipeline/preview.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { formatTokens, formatUsd } from './format.js'

const pre = {
  background: 'var(--theme-elevation-50)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  fontSize: 12,
  maxHeight: 320,
  overflow: 'auto',
  padding: 8,
  whiteSpace: 'pre-wrap',
} as const

/** One phase of a generation preview: its estimate, and the exact messages it would send. */
export const PreviewPhase = ({ index, phase }: { index: number; phase: PhasePreview }) => {
  const { i18n, t } = useKitTranslation()
  return (
    <details className="prompt-kit-preview-phase" data-phase={phase.key} style={{ borderBottom: '1px solid var(--theme-elevation-100)', padding: '8px 0' }}>
      <summary style={{ cursor: 'pointer' }}>
        <strong>
          {index + 1}. {phase.title}
        </strong>{' '}
        <span style={{ fontSize: 12, opacity: 0.85 }}>
          {t('previewPhaseEstimate', {
            completion: formatTokens(phase.maxCompletionTokens, i18n.language),
            cost: formatUsd(phase.estimatedCost),
            model: phase.model,
            prompt: formatTokens(phase.promptTokens, i18n.language),
          })}
        </span>
      </summary>
      {phase.dependsOn.length ? <p style={{ fontSize: 12 }}>{t('previewDependsOn', { phases: phase.dependsOn.join(', ') })}</p> : null}
      {phase.missingOutputs.length ? <p style={{ fontSize: 12 }}>{t('previewMissingOutputs', { phases: phase.missingOutputs.join(', ') })}</p> : null}
      {phase.messages.map((message, i) => (
        <div key={i}>
          <p style={{ fontSize: 12, fontWeight: 600, margin: '8px 0 4px' }}>{t(message.role === 'system' ? 'messageSystem' : 'messageUser')}</p>
          <pre style={pre}>{typeof message.content === 'string' ? message.content : JSON.stringify(message.content, null, 2)}</pre>
        </div>
      ))}
    </details>
  )
}
