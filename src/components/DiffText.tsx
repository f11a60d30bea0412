'use client'
import type { DiffPart } from './wordDiff.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'

const styles = {
  added: { background: 'rgba(46, 125, 50, 0.18)', textDecoration: 'none' },
  removed: { background: 'rgba(198, 40, 40, 0.15)', textDecoration: 'line-through' },
} as const

/** A word diff as text: removed words struck through, added ones highlighted. Never HTML. */
export const DiffText = ({ parts }: { parts: DiffPart[] }) => {
  const { t } = useKitTranslation()
  return (
    <div
      className="prompt-kit-diff"
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        lineHeight: 1.6,
        maxHeight: 420,
        overflow: 'auto',
        padding: 12,
        whiteSpace: 'pre-wrap',
      }}
    >
      {parts.map((part, index) =>
        part.type === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.type === 'added' ? (
          <ins aria-label={t('diffAdded')} className="prompt-kit-diff-added" key={index} style={styles.added}>
            {part.text}
          </ins>
        ) : (
          <del aria-label={t('diffRemoved')} className="prompt-kit-diff-removed" key={index} style={styles.removed}>
            {part.text}
          </del>
        ),
      )}
    </div>
  )
}
