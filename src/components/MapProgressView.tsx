'use client'
import type { ArticleProgressStatus, MapProgress } from '../maps/mapProgress.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { formatUsd } from './format.js'

const statusKey: Record<
  ArticleProgressStatus,
  'mapStatusFailed' | 'mapStatusQueued' | 'mapStatusRunning' | 'mapStatusSkipped' | 'mapStatusSucceeded'
> = {
  failed: 'mapStatusFailed',
  queued: 'mapStatusQueued',
  running: 'mapStatusRunning',
  skipped: 'mapStatusSkipped',
  succeeded: 'mapStatusSucceeded',
}

/** A map's batch as it runs: per article its status, phases done and cost, and the totals. */
export const MapProgressView = ({ progress }: { progress: MapProgress }) => {
  const { t } = useKitTranslation()
  if (!progress.batch) return <p>{t('mapNoBatch')}</p>
  const { totals } = progress
  return (
    <div id="prompt-kit-map-progress">
      <h4>{t('mapProgressTitle')}</h4>
      <p id="prompt-kit-map-progress-totals" role="status" style={{ fontWeight: 600 }}>
        {t('mapProgressTotals', { ...totals, cost: formatUsd(totals.cost) })}{' '}
        {progress.finished ? t('mapProgressFinished') : ''}
      </p>
      <table className="prompt-kit-map-progress-table" style={{ width: '100%' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left' }}>{t('mapColArticle')}</th>
            <th style={{ textAlign: 'left' }}>{t('mapColStatus')}</th>
            <th style={{ textAlign: 'right' }}>{t('mapColPhases')}</th>
            <th style={{ textAlign: 'right' }}>{t('mapColCost')}</th>
          </tr>
        </thead>
        <tbody>
          {progress.articles.map((article) => (
            <tr data-brief={String(article.brief)} data-status={article.status} key={String(article.brief)}>
              <td>{article.title}</td>
              <td title={article.message ?? undefined}>{t(statusKey[article.status])}</td>
              <td style={{ textAlign: 'right' }}>
                {article.status === 'skipped' ? '' : `${article.phasesDone}/${article.phasesTotal}`}
              </td>
              <td style={{ textAlign: 'right' }}>{formatUsd(article.cost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
