'use client'
import { useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { Proposal } from '../pipeline/proposals.js'
import type { JsonAnswer } from './requestJson.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { announceArticleChanged, onArticleChanged } from './articleEvents.js'
import { ProposalCard } from './ProposalCard.js'
import { requestJson } from './requestJson.js'
import { useApiError } from './useApiError.js'
import { useArticleProposals } from './useArticleProposals.js'
import { useDocumentApi } from './useDocumentApi.js'
import { useReloadForm } from './useReloadForm.js'

const SOURCE = 'proposals-review'

const byPhase = (proposals: Proposal[]) => {
  const groups = new Map<string, Proposal[]>()
  for (const p of proposals) groups.set(p.phase, [...(groups.get(p.phase) ?? []), p])
  return [...groups]
}

/**
 * Above the article's tabs: output a re-run kept back because a person had edited the field, as a
 * word diff against the editor's text, with Accept / Reject. Shows nothing when there is none.
 */
export const ProposalsReview = () => {
  const { t } = useKitTranslation()
  const explain = useApiError()
  const { id } = useDocumentInfo()
  const documentUrl = useDocumentApi()
  const modified = useFormModified()
  const reloadForm = useReloadForm(documentUrl)
  const { article, error, proposals, reload } = useArticleProposals(documentUrl)
  const [busy, setBusy] = useState(false)
  const [reviewError, setReviewError] = useState<JsonAnswer<unknown>['error']>(null)

  // A run that just ended may have left new proposals.
  useEffect(() => (id === undefined || id === null ? undefined : onArticleChanged(id, SOURCE, () => void reload())), [id, reload])

  if (!documentUrl || !article || (proposals.length === 0 && !error && !reviewError)) return null

  const review = async (phase: string, action: 'accept' | 'reject') => {
    setBusy(true)
    const answer = await requestJson(`${documentUrl}/proposals/${encodeURIComponent(phase)}/${action}`, { method: 'POST' })
    setReviewError(answer.error)
    await reload()
    if (!answer.error) {
      await reloadForm()
      announceArticleChanged(id!, SOURCE)
    }
    setBusy(false)
  }

  return (
    <div className="prompt-kit-proposals" id="prompt-kit-proposals" style={{ marginBottom: 24 }}>
      <h3 style={{ margin: '0 0 4px' }}>{t('proposalsTitle')}</h3>
      <p style={{ margin: '0 0 12px' }}>{t('proposalsIntro')}</p>
      {error || reviewError ? (
        <p role="alert" style={{ color: 'var(--theme-error-600, #c62828)' }}>
          {explain(reviewError ?? error)}
        </p>
      ) : null}
      {byPhase(proposals).map(([phase, items]) => (
        <ProposalCard
          article={article}
          blockedReason={modified ? t('saveBeforeReview') : null}
          busy={busy}
          key={phase}
          onReview={(action) => void review(phase, action)}
          phase={phase}
          proposals={items}
        />
      ))}
    </div>
  )
}
