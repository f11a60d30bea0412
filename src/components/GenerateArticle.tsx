'use client'
import { Button, Drawer, useDocumentInfo, useFormModified, useModal } from '@payloadcms/ui'
import { useState } from 'react'

import type { StartedRun } from '../endpoints/startGeneration.js'
import type { GenerationPreview as Preview } from '../pipeline/preview.js'
import type { JsonAnswer } from './requestJson.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { GenerationPreview } from './GenerationPreview.js'
import { requestJson } from './requestJson.js'
import { useApiError } from './useApiError.js'
import { useAdminDocumentUrl, useDocumentApi } from './useDocumentApi.js'

export type GenerateArticleProps = {
  /** Slug of the article collection, for the link to the generated article. */
  articlesSlug: string
}

/**
 * Brief sidebar: "Generate article" shows what every phase would send and roughly cost, and only
 * "Start generation" queues the run; then it links to the (draft) article being written.
 */
export const GenerateArticle = ({ articlesSlug }: GenerateArticleProps) => {
  const { t } = useKitTranslation()
  const explain = useApiError()
  const { id } = useDocumentInfo()
  const documentUrl = useDocumentApi()
  const adminUrl = useAdminDocumentUrl()
  const modified = useFormModified()
  const { openModal } = useModal()
  const [preview, setPreview] = useState<null | Preview>(null)
  const [started, setStarted] = useState<null | StartedRun>(null)
  const [error, setError] = useState<JsonAnswer<unknown>['error']>(null)
  const [busy, setBusy] = useState(false)
  const drawerSlug = `prompt-kit-generate-${String(id)}`

  if (!documentUrl) return <p className="prompt-kit-generate">{t('saveBriefFirst')}</p>

  const open = async () => {
    setPreview(null)
    setStarted(null)
    setError(null)
    openModal(drawerSlug)
    setBusy(true)
    const answer = await requestJson<Preview>(`${documentUrl}/preview`)
    setBusy(false)
    setError(answer.error)
    setPreview(answer.body)
  }
  const start = async () => {
    setBusy(true)
    setError(null)
    const answer = await requestJson<StartedRun>(`${documentUrl}/generate`, { body: {}, method: 'POST' })
    setBusy(false)
    setError(answer.error)
    setStarted(answer.body)
  }

  return (
    <div className="prompt-kit-generate" style={{ marginBottom: 24 }}>
      <Button buttonStyle="primary" id="prompt-kit-generate" margin={false} onClick={() => void open()} size="medium">
        {t('generateArticle')}
      </Button>
      <p style={{ fontSize: 12 }}>{t('generateHint')}</p>
      <Drawer slug={drawerSlug} title={t('previewTitle')}>
        {modified ? <p role="note">{t('previewUnsavedBrief')}</p> : null}
        {error ? (
          <p id="prompt-kit-generate-error" role="alert" style={{ color: 'var(--theme-error-600, #c62828)' }}>
            {explain(error)}
          </p>
        ) : null}
        {busy && !preview ? <p>{t('loadingPreview')}</p> : null}
        {started ? (
          <p id="prompt-kit-generate-started" role="status">
            {t('generationStarted')}{' '}
            <a href={adminUrl(articlesSlug, started.articleId)} id="prompt-kit-article-link">
              {t('openArticle')}
            </a>
          </p>
        ) : preview ? (
          <Button buttonStyle="primary" disabled={busy} id="prompt-kit-start-generation" margin={false} onClick={() => void start()}>
            {t('startGeneration')}
          </Button>
        ) : null}
        {preview ? <GenerationPreview preview={preview} /> : null}
      </Drawer>
    </div>
  )
}
