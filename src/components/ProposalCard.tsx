'use client'
import { Button } from '@payloadcms/ui'
import { useMemo } from 'react'

import type { Proposal } from '../pipeline/proposals.js'

import { backlinkRowsText } from '../backlinks/backlinkDiffText.js'
import { isBacklinkPhase } from '../backlinks/phase.js'
import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { DiffText } from './DiffText.js'
import { plainText } from './plainText.js'
import { valueAt } from './useArticleProposals.js'
import { wordDiff } from './wordDiff.js'

type Props = {
  article: Record<string, unknown>
  blockedReason: null | string
  busy: boolean
  onReview: (action: 'accept' | 'reject') => void
  phase: string
  proposals: Proposal[]
}

/** The proposals of one phase: per field, the editor's text against the new output, then the verdict. */
export const ProposalCard = ({ article, blockedReason, busy, onReview, phase, proposals }: Props) => {
  const { i18n, t } = useKitTranslation()
  const diffs = useMemo(
    () => {
      // A backlink adds one related link: compared link by link, so only the new one is highlighted.
      const text = isBacklinkPhase(phase) ? backlinkRowsText : plainText
      return proposals.map((p) => ({ field: p.field, parts: wordDiff(text(valueAt(article, p.field)), text(p.value)) }))
    },
    [article, phase, proposals],
  )
  const createdAt = proposals[0]?.createdAt
  return (
    <section
      className="prompt-kit-proposal"
      data-phase={phase}
      id={`prompt-kit-proposal-${phase}`}
      style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, marginBottom: 12, padding: 12 }}
    >
      <h4 style={{ margin: '0 0 4px' }}>{isBacklinkPhase(phase) ? t('backlinkProposalTitle') : t('proposalFromPhase', { phase })}</h4>
      {isBacklinkPhase(phase) ? <p style={{ fontSize: 12, margin: '0 0 4px' }}>{t('backlinkProposalHint')}</p> : null}
      <p style={{ fontSize: 12, margin: '0 0 8px', opacity: 0.8 }}>
        {createdAt ? `${t('proposedAt', { date: new Date(createdAt).toLocaleString(i18n.language) })} · ` : ''}
        {t('diffLegend')}
      </p>
      {diffs.map(({ field, parts }) => (
        <div key={field} style={{ marginBottom: 8 }}>
          <p style={{ fontWeight: 600, margin: '0 0 4px' }}>{t('proposalField', { field })}</p>
          {parts.some((p) => p.type !== 'same') ? <DiffText parts={parts} /> : <p style={{ fontSize: 12 }}>{t('proposalSameText')}</p>}
        </div>
      ))}
      <div style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <Button buttonStyle="primary" disabled={busy || Boolean(blockedReason)} id={`prompt-kit-accept-${phase}`} margin={false} onClick={() => onReview('accept')} size="small">
          {t('acceptProposal')}
        </Button>
        <Button buttonStyle="secondary" disabled={busy || Boolean(blockedReason)} id={`prompt-kit-reject-${phase}`} margin={false} onClick={() => onReview('reject')} size="small">
          {t('rejectProposal')}
        </Button>
        {blockedReason ? <span style={{ fontSize: 12 }}>{blockedReason}</span> : null}
      </div>
    </section>
  )
}
