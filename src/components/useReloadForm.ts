'use client'
import { useDocumentInfo, useForm } from '@payloadcms/ui'
import { useCallback } from 'react'

import { requestJson } from './requestJson.js'

/**
 * Load the stored draft into the open form: after the pipeline or a review wrote the article, the
 * form still holds the old values, and saving it would put them back (and count as human edits).
 */
export const useReloadForm = (documentUrl: null | string) => {
  const { reset } = useForm()
  const { updateSavedDocumentData } = useDocumentInfo()
  return useCallback(async () => {
    if (!documentUrl) return false
    const answer = await requestJson<Record<string, unknown>>(`${documentUrl}?draft=true&depth=0`)
    if (!answer.body) return false
    await reset(answer.body)
    updateSavedDocumentData(answer.body)
    return true
  }, [documentUrl, reset, updateSavedDocumentData])
}
