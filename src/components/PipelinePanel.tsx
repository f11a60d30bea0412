'use client'
import { Button, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { KitVersionOption } from './kitVersions.js'
import type { JsonAnswer } from './requestJson.js'
import type { KitVersionSlugs } from './useKitVersions.js'

import { isRunStatus, runStatusLabels } from '../i18n/runStatusLabels.js'
import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { announceArticleChanged, onArticleChanged } from './articleEvents.js'
import { inDependencyOrder } from './dependencyOrder.js'
import { formatTokens, formatUsd } from './format.js'
import { KitVersionSelect, LastRunKitVersion } from './KitVersionSelect.js'
import { llmWaitText } from './llmWait.js'
import { PhaseRow } from './PhaseRow.js'
import { requestJson } from './requestJson.js'
import { useApiError } from './useApiError.js'
import { useDocumentApi } from './useDocumentApi.js'
import { useKitVersions } from './useKitVersions.js'
import { usePipelineStatus } from './usePipelineStatus.js'
import { useReloadForm } from './useReloadForm.js'

const SOURCE = 'pipeline-panel'

/** Set by pipelinePanelField; the defaults are the plugin's own slugs. */
type PipelinePanelProps = Partial<KitVersionSlugs>

/**
 * Article sidebar: the kit's phases in dependency order with status, duration, tokens and cost,
 * live while a run is in progress, and buttons that start runs through the generate endpoint.
 * When a run ends the form is reloaded with what it wrote, unless the editor has unsaved changes.
 * A Kit version select pins the runs it starts to a saved version of the kit.
 */
export const PipelinePanel = ({ briefsSlug = 'briefs', defaultKitSlug = 'seo-article-default', kitsSlug = 'prompt-kits' }: PipelinePanelProps) => {
  const { t, i18n } = useKitTranslation()
  const runStatusText = (value: unknown) => (isRunStatus(value) ? t(runStatusLabels[value]).toLowerCase() : String(value ?? ''))
  const explain = useApiError()
  const { id, savedDocumentData } = useDocumentInfo()
  const documentUrl = useDocumentApi()
  const modified = useFormModified()
  const reloadForm = useReloadForm(documentUrl)
  const [startError, setStartError] = useState<JsonAnswer<unknown>['error']>(null)
  const [starting, setStarting] = useState(false)
  const [newContent, setNewContent] = useState(false)
  const [kitVersion, setKitVersion] = useState<KitVersionOption | null>(null)

  const onFinished = useCallback(() => {
    if (id !== undefined && id !== null) announceArticleChanged(id, SOURCE)
    if (modified) setNewContent(true)
    else void reloadForm()
  }, [id, modified, reloadForm])
  const loadedAt = savedDocumentData?.updatedAt as string | undefined
  const { error, live, refresh, status, watch } = usePipelineStatus(documentUrl ? `${documentUrl}/pipeline` : null, { loadedAt, onFinished })
  // The status does not say which kit version a run used: read it again when a run begins or ends.
  const runKey = `${status?.run?.id ?? ''}:${String(status?.run?.active ?? '')}`
  const kitVersions = useKitVersions(documentUrl, { briefsSlug, defaultKitSlug, kitsSlug }, runKey)
  // A chosen version that is no longer listed (the list was re-read) falls back to the current kit.
  const pinned = kitVersion && kitVersions.versions?.some((v) => v.id === kitVersion.id) ? kitVersion : null

  // A reviewed proposal changes phase states: show them.
  useEffect(() => (id === undefined || id === null ? undefined : onArticleChanged(id, SOURCE, () => void refresh())), [id, refresh])
  // A save can mark phases edited by a person (or a publish fail the gate): show the new states.
  useEffect(() => {
    if (loadedAt) void refresh()
  }, [loadedAt, refresh])

  if (!documentUrl) return <p className="prompt-kit-pipeline">{t('saveArticleFirst')}</p>

  const active = Boolean(status?.run?.active)
  const start = async (body: { force?: boolean; phases?: string[] }) => {
    setStarting(true)
    setStartError(null)
    const pin = pinned ? { kitVersion: pinned.id } : {}
    const answer = await requestJson(`${documentUrl}/generate`, { body: { ...body, ...pin }, method: 'POST' })
    setStarting(false)
    setStartError(answer.error)
    if (!answer.error) watch()
  }
  const phases = inDependencyOrder(status?.phases ?? [])
  const stale = phases.filter((p) => p.status === 'stale').map((p) => p.key)
  const busy = active || starting

  return (
    <div className="prompt-kit-pipeline" id="prompt-kit-pipeline" style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 8px' }}>{t('pipelineTitle')}</h4>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        <Button buttonStyle="primary" disabled={busy} id="prompt-kit-run-all" margin={false} onClick={() => void start({})} size="small">
          {t('runAll')}
        </Button>
        <Button
          buttonStyle="secondary"
          disabled={busy || stale.length === 0}
          id="prompt-kit-rerun-stale"
          margin={false}
          onClick={() => void start({ phases: stale })}
          size="small"
        >
          {t('rerunStale', { count: stale.length })}
        </Button>
      </div>
      <KitVersionSelect disabled={busy} onChange={setKitVersion} options={kitVersions.versions} value={pinned} />
      <p aria-live="polite" id="prompt-kit-run-state" style={{ fontSize: 12, margin: '8px 0' }}>
        {status?.run ? t(active ? 'runActive' : 'runEnded', { status: runStatusText(status.run.status) }) : t('noRunYet')}
        {live ? ` · ${t('updatingLive')}` : ''}
      </p>
      {active && status?.run?.waitingForLlm ? (
        <p id="prompt-kit-llm-wait" role="status" style={{ color: 'var(--theme-warning-700, #b45309)', fontSize: 12, margin: '0 0 8px' }}>
          {llmWaitText(status.run.waitingForLlm, t, { locale: i18n.language, now: new Date() })}
        </p>
      ) : null}
      {status?.run ? <LastRunKitVersion kitVersion={kitVersions.runKitVersion} options={kitVersions.versions} /> : null}
      {status?.run?.error ? (
        <p role="alert" style={{ color: 'var(--theme-error-600, #c62828)', fontSize: 12 }}>
          {t('runFailedBecause', { reason: status.run.error })}
        </p>
      ) : null}
      {startError || error ? (
        <p role="alert" style={{ color: 'var(--theme-error-600, #c62828)', fontSize: 12 }}>
          {explain(startError ?? error)}
        </p>
      ) : null}
      {newContent ? (
        <p style={{ fontSize: 12 }}>
          {t('newContentUnsaved')}{' '}
          <button
            onClick={() => {
              setNewContent(false)
              void reloadForm()
            }}
            type="button"
          >
            {t('loadNewContent')}
          </button>
        </p>
      ) : null}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {phases.map((phase) => (
          <PhaseRow disabled={busy} key={phase.key} onRun={() => void start({ force: true, phases: [phase.key] })} phase={phase} />
        ))}
      </ul>
      {status ? (
        <p id="prompt-kit-totals" style={{ fontSize: 12, fontWeight: 600 }}>
          {t('articleTotals', { cost: formatUsd(status.totals.cost), tokens: formatTokens(status.totals.tokens, i18n.language) })}
        </p>
      ) : null}
    </div>
  )
}
