'use client'
import type { GenerationPreview as Preview } from '../pipeline/preview.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { inDependencyOrder } from './dependencyOrder.js'
import { formatTokens, formatUsd } from './format.js'
import { PreviewPhase } from './PreviewPhase.js'

/** Every phase a run would send, in dependency order, with the estimated totals. */
export const GenerationPreview = ({ preview }: { preview: Preview }) => {
  const { i18n, t } = useKitTranslation()
  const { totals } = preview
  return (
    <div id="prompt-kit-preview">
      <p id="prompt-kit-preview-totals" style={{ fontWeight: 600 }}>
        {t('previewTotals', {
          completion: formatTokens(totals.maxCompletionTokens, i18n.language),
          cost: formatUsd(totals.estimatedCost),
          phases: preview.phases.length,
          prompt: formatTokens(totals.promptTokens, i18n.language),
        })}
      </p>
      <p style={{ fontSize: 12 }}>{t('previewNote')}</p>
      {inDependencyOrder(preview.phases).map((phase, index) => (
        <PreviewPhase index={index} key={phase.key} phase={phase} />
      ))}
    </div>
  )
}
