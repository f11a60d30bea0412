'use client'
import type { MapForecast, SkippedEntry } from '../maps/types.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { formatDuration, formatTokens, formatUsd } from './format.js'
import { MapSkippedList } from './MapSkippedList.js'

/** The forecast of a map's batch: totals with the time and what it is based on, then each article. */
export const MapForecastView = ({
  forecast,
  skipped,
}: {
  forecast: MapForecast
  skipped: SkippedEntry[]
}) => {
  const { i18n, t } = useKitTranslation()
  const { time, totals } = forecast
  return (
    <div id="prompt-kit-map-forecast">
      <p id="prompt-kit-map-forecast-totals" style={{ fontWeight: 600 }}>
        {t('mapForecastTotals', {
          articles: totals.articles,
          calls: totals.calls,
          cost: formatUsd(totals.cost),
          time: formatDuration(time.seconds * 1000),
          tokens: formatTokens(totals.tokens, i18n.language),
        })}
      </p>
      <p style={{ fontSize: 12 }}>
        {time.basis === 'rateLimits'
          ? t('mapForecastTimeLimits')
          : t('mapForecastTimeEstimate', { concurrency: time.concurrency })}{' '}
        {t('mapForecastNote')}
      </p>
      <ol className="prompt-kit-map-forecast-articles">
        {forecast.articles.map((article) => (
          <li data-brief={String(article.brief)} key={String(article.brief)}>
            {article.title}
            {article.isPillar ? ` (${t('mapPillar')})` : ''}:{' '}
            {t('mapForecastArticle', {
              calls: article.calls,
              cost: formatUsd(article.cost),
              tokens: formatTokens(article.tokens, i18n.language),
            })}
          </li>
        ))}
      </ol>
      <MapSkippedList skipped={skipped} />
    </div>
  )
}
