'use client'
import { useDocumentInfo, useField } from '@payloadcms/ui'
import { useCallback, useState } from 'react'

import type { JsonAnswer } from './requestJson.js'
import type { ReviewItem } from './seoReviewItems.js'

import { announceArticleChanged } from './articleEvents.js'
import { requestJson } from './requestJson.js'
import { dismissedKeysOf, feedbackLine, withDismissal } from './seoReviewItems.js'
import { useDocumentApi } from './useDocumentApi.js'
import { isBusy, usePipelineStatus } from './usePipelineStatus.js'

const SOURCE = 'seo-review'

/** The article field that remembers dismissed items (seoReviewDismissedField). */
export const DISMISSED_FIELD = 'seoReviewDismissed'

/** The generate endpoint takes at most 2000 characters per feedback line. */
const FEEDBACK_MAX = 2000

export type ApplyState = 'done' | 'running'
export type KitPhaseOption = { key: string; title: string }

type ApiError = JsonAnswer<unknown>['error']

/** PATCH as the logged-in editor; never throws (a network failure is status 0). */
const patchJson = async (url: string, body: unknown): Promise<ApiError> => {
  try {
    const res = await fetch(url, {
      body: JSON.stringify(body),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'PATCH',
    })
    if (res.ok) return null
    const answer = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null
    return { message: answer?.errors?.find((e) => e.message)?.message ?? res.statusText, status: res.status }
  } catch (err) {
    return { message: err instanceof Error ? err.message : String(err), status: 0 }
  }
}

/**
 * What the SEO review checklist does. *Dismiss* saves the dismissed keys at once (a draft save of
 * that one field, which no phase writes, so no phase counts as edited) and puts them in the form
 * without marking it changed. *Apply* starts a run of the chosen phase with the item as feedback;
 * the Pipeline panel is told, so it follows the run. Both wait while a run is in progress: a save
 * overlapping the pipeline's save of the same article could undo it.
 */
export const useReviewActions = (items: ReviewItem[]) => {
  const { id } = useDocumentInfo()
  const documentUrl = useDocumentApi()
  const dismissedField = useField<unknown>({ path: DISMISSED_FIELD })
  const [applied, setApplied] = useState<Record<string, ApplyState>>({})
  const [error, setError] = useState<ApiError>(null)
  const [saving, setSaving] = useState(false)

  const onFinished = useCallback(
    () => setApplied((prev) => Object.fromEntries(Object.keys(prev).map((key) => [key, 'done' as const]))),
    [],
  )
  const { status, watch } = usePipelineStatus(documentUrl ? `${documentUrl}/pipeline` : null, { onFinished })
  // The review does not fix itself: its own phase is not offered.
  const kitPhases: KitPhaseOption[] = (status?.phases ?? [])
    .filter((p) => p.key !== 'seoReview')
    .map(({ key, title }) => ({ key, title }))
  const dismissed = dismissedKeysOf(dismissedField.value)

  const setDismissed = async (key: string, dismiss: boolean) => {
    if (!documentUrl) return
    const before = dismissedField.value
    const next = withDismissal(dismissed, key, dismiss, items)
    dismissedField.setValue(next, true)
    setSaving(true)
    const failure = await patchJson(`${documentUrl}?draft=true&depth=0`, { [DISMISSED_FIELD]: next })
    setSaving(false)
    setError(failure)
    if (failure) dismissedField.setValue(before, true)
  }

  const apply = async (item: ReviewItem, phase: string) => {
    if (!documentUrl) return
    setSaving(true)
    const feedback = { [phase]: [feedbackLine(item).slice(0, FEEDBACK_MAX)] }
    const answer = await requestJson(`${documentUrl}/generate`, {
      body: { feedback, force: true, phases: [phase] },
      method: 'POST',
    })
    setSaving(false)
    setError(answer.error)
    if (answer.error) return
    setApplied((prev) => ({ ...prev, [item.key]: 'running' }))
    watch()
    if (id !== undefined && id !== null) announceArticleChanged(id, SOURCE)
  }

  return {
    applied,
    apply,
    busy: saving || isBusy(status),
    dismissed,
    error,
    kitPhases,
    runActive: isBusy(status),
    saving,
    setDismissed,
  }
}
