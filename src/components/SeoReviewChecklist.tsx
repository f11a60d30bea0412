'use client'
import type { JSONFieldClientComponent } from 'payload'

import { Button, useField } from '@payloadcms/ui'
import { useMemo, useState } from 'react'

import type { PluginStringKey } from '../i18n/en.js'
import type { ReviewKind, ReviewSummary } from './seoReviewItems.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { ReadableJsonField } from './ReadableJsonField.js'
import { plainList } from './readableStyles.js'
import { SeoReviewItemRow } from './SeoReviewItemRow.js'
import { groupReviewItems, reviewItemsOf, reviewSummaryOf } from './seoReviewItems.js'
import { useApiError } from './useApiError.js'
import { useReviewActions } from './useReviewActions.js'

const kindTitles = {
  duplicateRisk: 'reviewKindDuplicateRisk',
  eeatGap: 'reviewKindEeatGap',
  freshness: 'reviewKindFreshness',
  heading: 'reviewKindHeading',
  improvement: 'reviewKindImprovement',
  keywordPlacement: 'reviewKindKeywordPlacement',
  readability: 'reviewKindReadability',
} as const satisfies Record<ReviewKind, PluginStringKey>

const riskLabels = {
  high: 'reviewRiskHigh',
  low: 'reviewRiskLow',
  medium: 'reviewRiskMedium',
} as const satisfies Record<string, PluginStringKey>

/** What the review says about a whole kind (where the keyword is, the reading grade, the risk), above its items. */
const KindSummary = ({ kind, summary }: { kind: ReviewKind; summary: ReviewSummary }) => {
  const { i18n, t } = useKitTranslation()
  const line =
    kind === 'keywordPlacement' && summary.keywordFound.length > 0
      ? t('reviewKeywordFound', { places: summary.keywordFound.join(', ') })
      : kind === 'readability' && summary.readingGrade !== null
        ? t('reviewReadingGrade', { grade: summary.readingGrade.toLocaleString(i18n.language) })
        : kind === 'duplicateRisk' && summary.duplicateRisk
          ? t('reviewDuplicateRisk', { risk: t(riskLabels[summary.duplicateRisk]) })
          : null
  return line ? <p style={{ fontSize: 12, margin: '0 0 4px' }}>{line}</p> : null
}

type CountsProps = { dismissed: number; onToggle: () => void; showing: boolean; total: number }

/** "7 open · 3 dismissed", and the toggle that shows the dismissed items. */
const ChecklistCounts = ({ dismissed, onToggle, showing, total }: CountsProps) => {
  const { t } = useKitTranslation()
  return (
    <p style={{ alignItems: 'center', display: 'flex', fontSize: 12, gap: 12, margin: '0 0 8px' }}>
      <span id="prompt-kit-review-counts">{t('reviewCounts', { dismissed, open: total - dismissed })}</span>
      {dismissed > 0 ? (
        <Button
          buttonStyle="pill"
          extraButtonProps={{ 'aria-pressed': showing }}
          id="prompt-kit-review-show-dismissed"
          margin={false}
          onClick={onToggle}
          size="small"
        >
          {showing ? t('reviewHideDismissed') : t('reviewShowDismissed', { count: dismissed })}
        </Button>
      ) : null}
    </p>
  )
}

/**
 * The SEO review as a checklist grouped by kind. Each item can be applied (its phase re-runs with
 * the item as feedback) or dismissed (remembered on the article); dismissed items are hidden until
 * the editor shows them, and can be restored.
 */
export const SeoReviewChecklist: JSONFieldClientComponent = (props) => {
  const { t } = useKitTranslation()
  const explain = useApiError()
  const { value } = useField<unknown>({ potentiallyStalePath: props.path })
  const items = useMemo(() => reviewItemsOf(value), [value])
  const summary = useMemo(() => reviewSummaryOf(value), [value])
  const actions = useReviewActions(items)
  const [showDismissed, setShowDismissed] = useState(false)
  const dismissed = new Set(actions.dismissed)
  const dismissedCount = items.filter((i) => dismissed.has(i.key)).length
  // Restoring the last dismissed item hides the toggle; the next dismissal hides its item again.
  const showing = showDismissed && dismissedCount > 0
  const groups = groupReviewItems(showing ? items : items.filter((i) => !dismissed.has(i.key)))

  return (
    <ReadableJsonField fieldProps={props}>
      <div aria-busy={actions.saving} className="prompt-kit-review" id="prompt-kit-review">
        {items.length === 0 ? <p>{t('reviewEmpty')}</p> : null}
        {items.length > 0 ? (
          <ChecklistCounts
            dismissed={dismissedCount}
            onToggle={() => setShowDismissed(!showing)}
            showing={showing}
            total={items.length}
          />
        ) : null}
        {actions.runActive ? (
          <p role="status" style={{ fontSize: 12 }}>
            {t('reviewRunActive')}
          </p>
        ) : null}
        {actions.error ? (
          <p role="alert" style={{ color: 'var(--theme-error-600, #c62828)' }}>
            {explain(actions.error)}
          </p>
        ) : null}
        {items.length > 0 && dismissedCount === items.length && !showing ? (
          <p>{t('reviewAllDismissed')}</p>
        ) : null}
        {groups.map((group) => (
          <section
            aria-labelledby={`prompt-kit-review-${group.kind}`}
            className="prompt-kit-review-group"
            data-kind={group.kind}
            key={group.kind}
            style={{ marginBottom: 16 }}
          >
            <h4 id={`prompt-kit-review-${group.kind}`} style={{ margin: '0 0 4px' }}>
              {t(kindTitles[group.kind])}
            </h4>
            <KindSummary kind={group.kind} summary={summary} />
            <ul style={plainList}>
              {group.items.map((item) => (
                <SeoReviewItemRow
                  applyState={actions.applied[item.key]}
                  busy={actions.busy || Boolean(props.readOnly)}
                  dismissed={dismissed.has(item.key)}
                  item={item}
                  key={item.key}
                  kitPhases={actions.kitPhases}
                  onApply={(phase) => void actions.apply(item, phase)}
                  onDismiss={(dismiss) => void actions.setDismissed(item.key, dismiss)}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </ReadableJsonField>
  )
}
