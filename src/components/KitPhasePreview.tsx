'use client'
import type { UIFieldClientProps } from 'payload'

import { useAllFormFields, useDocumentInfo } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useMemo, useState } from 'react'

import type { KitPreviewCustom } from '../fields/kitPreviewField.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { useBriefOptions, useKitPhasePreview } from './KitPhasePreviewData.js'
import { toDraftPhase } from './KitPhasePreviewDraft.js'
import { KitPhasePreviewProblems, KitPhasePreviewResult } from './KitPhasePreviewResult.js'

const labelStyle = { display: 'flex', flexDirection: 'column', fontSize: 12, gap: 4 } as const

/**
 * A `ui` field on a prompt kit: pick a brief and a phase and see that phase's template rendered
 * against the brief, from the form's current (unsaved) values, with the kit's validation problems
 * and token estimates. The server renders it (`/preview-template`); nothing reaches the model.
 */
export const KitPhasePreview = ({ field }: UIFieldClientProps) => {
  const { t } = useKitTranslation()
  const { collectionSlug } = useDocumentInfo()
  const { briefsSlug } = (field.admin?.custom ?? {}) as KitPreviewCustom
  const [fields] = useAllFormFields()
  const phases = useMemo(() => {
    const rows = (reduceFieldsToValues(fields, true) as { phases?: unknown }).phases
    return Array.isArray(rows) ? rows.map((row) => toDraftPhase((row ?? {}) as Record<string, unknown>)) : []
  }, [fields])
  const keys = phases.map((p) => p.key).filter((key): key is string => Boolean(key))

  const { briefs, error: briefsError } = useBriefOptions(briefsSlug ?? 'briefs')
  const [brief, setBrief] = useState('')
  const [chosenPhase, setPhase] = useState('')
  const [refreshCount, setRefreshCount] = useState(0)
  const phase = keys.includes(chosenPhase) ? chosenPhase : (keys[0] ?? '')
  const { error, loading, result } = useKitPhasePreview(collectionSlug, { brief, phase, phases }, refreshCount)

  return (
    <div className="prompt-kit-phase-preview" style={{ border: '1px solid var(--theme-elevation-150)', marginBottom: 24, padding: 12 }}>
      <h4 style={{ margin: '0 0 4px' }}>{t('kitPreviewLabel')}</h4>
      <p style={{ fontSize: 12, margin: '0 0 8px', opacity: 0.8 }}>{t('kitPreviewIntro')}</p>
      <div style={{ alignItems: 'end', display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <label style={labelStyle}>
          {t('kitPreviewBrief')}
          <select onChange={(e) => setBrief(e.target.value)} value={brief}>
            <option value="">{t('kitPreviewChooseBrief')}</option>
            {(briefs ?? []).map((b) => (
              <option key={String(b.id)} value={String(b.id)}>
                {b.title || String(b.id)}
              </option>
            ))}
          </select>
        </label>
        <label style={labelStyle}>
          {t('kitPreviewPhase')}
          <select onChange={(e) => setPhase(e.target.value)} value={phase}>
            {keys.length === 0 ? <option value="">{t('kitPreviewChoosePhase')}</option> : null}
            {keys.map((key) => (
              <option key={key} value={key}>
                {key}
              </option>
            ))}
          </select>
        </label>
        <button disabled={!brief || !phase || loading} onClick={() => setRefreshCount((n) => n + 1)} type="button">
          {loading ? t('kitPreviewRendering') : t('kitPreviewRefresh')}
        </button>
      </div>
      {briefs && briefs.length === 0 ? <p style={{ fontSize: 12 }}>{t('kitPreviewNoBriefs')}</p> : null}
      {keys.length === 0 ? <p style={{ fontSize: 12 }}>{t('kitPreviewNoPhases')}</p> : null}
      {briefsError || error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)', fontSize: 12 }}>
          {briefsError ?? error}
        </p>
      ) : null}
      {result && result.phase === phase ? (
        <>
          <KitPhasePreviewProblems result={result} />
          <KitPhasePreviewResult result={result} />
        </>
      ) : null}
    </div>
  )
}
