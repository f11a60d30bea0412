'use client'
import { Button, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { KitVersionOption } from './kitVersions.js'
import type { JsonAnswer } from './requestJson.js'
import type { KitVersionSlugs } from './useKitVersions.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { announceArticleChanged, onArticleChanged } from './articleEvents.js'
import { inDependencyOrder } from './dependencyOrder.js'
import { formatTokens, formatUsd } from './format.js'
import { KitVersionSelect } from './KitVersionSelect.js'
import { PhaseRow } from './PhaseRow.js'
import { PipelineRunButtons } from './PipelineRunButtons.js'
import { PipelineRunState } from './PipelineRunState.js'
import { requestJson } from './requestJson.js'
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
      <PipelineRunButtons busy={busy} onStart={(body) => void start(body)} stale={stale} />
      <KitVersionSelect disabled={busy} onChange={setKitVersion} options={kitVersions.versions} value={pinned} />
      <PipelineRunState
        error={startError ?? error}
        kitVersions={kitVersions}
        live={live}
        newContent={newContent}
        onLoadNewContent={() => {
          setNewContent(false)
          void reloadForm()
        }}
        status={status}
      />
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
