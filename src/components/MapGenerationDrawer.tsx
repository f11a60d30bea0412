'use client'
import { Button, Drawer } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { GenerateTopicalMapResult } from '../maps/generateTopicalMap.js'
import type { JsonAnswer } from './requestJson.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { MapBudgetInputs, type MapBudgetValues, budgetBody } from './MapBudgetInputs.js'
import { MapForecastView } from './MapForecastView.js'
import { MapProgressView } from './MapProgressView.js'
import { requestJson } from './requestJson.js'
import { useApiError } from './useApiError.js'
import { useMapProgress } from './useMapProgress.js'

export type MapGenerationDrawerProps = {
  /** Only these briefs of the map (Generate selected); all of them when undefined. */
  briefs?: (number | string)[]
  /** REST URL of the topical map, `/api/<topical-maps>/<id>`. */
  mapUrl: string
  /** Changes each time the drawer is opened: the forecast is asked for again. */
  openedAt: number
  slug: string
}

type Planned = Pick<GenerateTopicalMapResult, 'forecast' | 'skipped'>

/**
 * The map drawer: the forecast of the batch (a dry run: articles, calls, tokens, cost and time,
 * and which briefs would be left out and why) under an optional budget; *Start* queues it, then
 * the progress of every article updates live until the batch is finished.
 */
export const MapGenerationDrawer = ({ briefs, mapUrl, openedAt, slug }: MapGenerationDrawerProps) => {
  const { t } = useKitTranslation()
  const explain = useApiError()
  const [budget, setBudget] = useState<MapBudgetValues>({ maxCostUsd: '', maxTokens: '' })
  const [planned, setPlanned] = useState<null | Planned>(null)
  const [started, setStarted] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<JsonAnswer<unknown>['error']>(null)
  const { error: progressError, progress } = useMapProgress(`${mapUrl}/generation`, started)

  const ask = useCallback(
    async (dryRun: boolean) => {
      setBusy(true)
      setError(null)
      const body = {
        ...(briefs ? { briefs } : {}),
        ...budgetBody(budget),
        ...(dryRun ? { dryRun: true } : {}),
      }
      const answer = await requestJson<Planned>(`${mapUrl}/generate`, { body, method: 'POST' })
      setBusy(false)
      setError(answer.error)
      if (answer.body) setPlanned(answer.body)
      if (answer.body && !dryRun) setStarted(true)
    },
    [briefs, budget, mapUrl],
  )

  useEffect(() => {
    if (!openedAt) return
    setPlanned(null)
    setStarted(false)
    void ask(true)
    // Only a new opening asks again; budget changes wait for "Update forecast".
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openedAt])

  const shownError = error ?? progressError
  return (
    <Drawer slug={slug} title={t('mapDrawerTitle')}>
      {shownError ? (
        <p id="prompt-kit-map-error" role="alert" style={{ color: 'var(--theme-error-600, #c62828)' }}>
          {explain(shownError)}
        </p>
      ) : null}
      {started ? null : (
        <MapBudgetInputs
          disabled={busy}
          onChange={setBudget}
          onUpdate={() => void ask(true)}
          values={budget}
        />
      )}
      {busy && !planned ? <p>{t('mapLoadingForecast')}</p> : null}
      {planned ? <MapForecastView forecast={planned.forecast} skipped={planned.skipped} /> : null}
      {planned && !started ? (
        <Button
          buttonStyle="primary"
          disabled={busy || planned.forecast.totals.articles === 0}
          id="prompt-kit-map-start"
          margin={false}
          onClick={() => void ask(false)}
        >
          {t('mapStart')}
        </Button>
      ) : null}
      {started && progress ? <MapProgressView progress={progress} /> : null}
    </Drawer>
  )
}
