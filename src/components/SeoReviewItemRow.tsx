'use client'
import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import type { ReviewItem } from './seoReviewItems.js'
import type { ApplyState, KitPhaseOption } from './useReviewActions.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { selectStyle } from './readableStyles.js'
import { defaultOwner } from './reviewOwners.js'

type Props = {
  applyState: ApplyState | undefined
  /** Apply and Dismiss wait (a run is in progress, or a save is). */
  busy: boolean
  dismissed: boolean
  item: ReviewItem
  kitPhases: KitPhaseOption[]
  onApply: (phase: string) => void
  onDismiss: (dismiss: boolean) => void
}

/** Short enough for a button's accessible name. */
const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text)

type OwnerSelectProps = {
  busy: boolean
  id: string
  itemName: string
  kitPhases: KitPhaseOption[]
  onChange: (phase: string) => void
  owner: string
}

/** "Fix with": the kit's phases, the item's default chosen. */
const OwnerSelect = ({ busy, id, itemName, kitPhases, onChange, owner }: OwnerSelectProps) => {
  const { t } = useKitTranslation()
  return (
    <>
      <label htmlFor={id} style={{ fontSize: 12 }}>
        {t('reviewOwner')}
      </label>
      <select
        aria-label={t('reviewOwnerLabel', { item: itemName })}
        className="prompt-kit-review-owner"
        disabled={busy}
        id={id}
        onChange={(e) => onChange(e.target.value)}
        style={selectStyle}
        value={owner}
      >
        {owner === '' ? <option value="">{t('reviewChoosePhase')}</option> : null}
        {kitPhases.map((phase) => (
          <option key={phase.key} value={phase.key}>
            {phase.title}
          </option>
        ))}
      </select>
    </>
  )
}

/** The item's text, struck through once dismissed; a suggestion's priority and steps. */
const ItemText = ({ dismissed, item }: { dismissed: boolean; item: ReviewItem }) => {
  const { t } = useKitTranslation()
  return (
    <>
      <p style={{ margin: 0, textDecoration: dismissed ? 'line-through' : 'none' }}>
        {item.priority !== null ? (
          <strong style={{ marginRight: 6 }}>{t('reviewPriority', { priority: item.priority })}:</strong>
        ) : null}
        {item.text}
      </p>
      {item.steps.length > 0 ? (
        <ul style={{ fontSize: 12, margin: '4px 0 0 18px', padding: 0 }}>
          {item.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ul>
      ) : null}
    </>
  )
}

/**
 * One checklist item: its text (a suggestion's priority and steps too), the phase that will apply
 * it (a default per kind the editor can change), *Apply* and *Dismiss* (or *Restore*).
 */
export const SeoReviewItemRow = ({
  applyState,
  busy,
  dismissed,
  item,
  kitPhases,
  onApply,
  onDismiss,
}: Props) => {
  const { t } = useKitTranslation()
  const [chosen, setChosen] = useState<null | string>(null)
  // The kit's phases arrive after the first render: the default follows them until the editor picks one.
  const owner =
    chosen ??
    defaultOwner(
      item,
      kitPhases.map((p) => p.key),
    ) ??
    ''
  const name = excerpt(item.text)
  const selectId = `prompt-kit-review-owner-${item.key.replace(/[^\w-]/g, '-')}`

  return (
    <li
      className="prompt-kit-review-item"
      data-key={item.key}
      data-kind={item.kind}
      data-state={dismissed ? 'dismissed' : (applyState ?? 'open')}
      style={{
        borderBottom: '1px solid var(--theme-elevation-100)',
        opacity: dismissed ? 0.6 : 1,
        padding: '8px 0',
      }}
    >
      <ItemText dismissed={dismissed} item={item} />
      <div style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 6 }}>
        {dismissed ? null : (
          <>
            <OwnerSelect
              busy={busy}
              id={selectId}
              itemName={name}
              kitPhases={kitPhases}
              onChange={setChosen}
              owner={owner}
            />
            <Button
              aria-label={t('reviewApplyLabel', { item: name })}
              buttonStyle="primary"
              className="prompt-kit-review-apply"
              disabled={busy || owner === ''}
              margin={false}
              onClick={() => onApply(owner)}
              size="small"
            >
              {t('reviewApply')}
            </Button>
          </>
        )}
        <Button
          aria-label={t(dismissed ? 'reviewRestoreLabel' : 'reviewDismissLabel', { item: name })}
          buttonStyle="secondary"
          className={dismissed ? 'prompt-kit-review-restore' : 'prompt-kit-review-dismiss'}
          disabled={busy}
          margin={false}
          onClick={() => onDismiss(!dismissed)}
          size="small"
        >
          {t(dismissed ? 'reviewRestore' : 'reviewDismiss')}
        </Button>
        {applyState ? (
          <span className="prompt-kit-review-applied" role="status" style={{ fontSize: 12 }}>
            {t(applyState === 'running' ? 'reviewAppliedRunning' : 'reviewApplied')}
          </span>
        ) : null}
      </div>
    </li>
  )
}
