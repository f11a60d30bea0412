'use client'
import { useConfig, useListQuery } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { PluginStringKey } from '../i18n/en.js'
import type { QuickFilters } from './GenerationsFiltersWhere.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { applyFilters, emptyFilters, filtersFromWhere, kitPhasesQuery, phaseKeysOf } from './GenerationsFiltersWhere.js'

export type GenerationsFiltersProps = {
  /** Slug of the prompt kits collection, whose phase keys fill the phase select. */
  kitsSlug: string
  statuses: { label: PluginStringKey; value: string }[]
}

/** Phase keys of every kit (the first 50 kits), sorted; on failure the phase is typed instead. */
const useKnownPhases = (kitsSlug: string): null | string[] => {
  const { config } = useConfig()
  const [phases, setPhases] = useState<null | string[]>(null)
  useEffect(() => {
    const controller = new AbortController()
    const url = `${config.serverURL ?? ''}${config.routes.api}/${kitsSlug}${kitPhasesQuery}`
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then(async (res) => {
        if (res.ok) setPhases(phaseKeysOf(await res.json()))
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [config, kitsSlug])
  return phases
}

const fieldStyle = { display: 'flex', flexDirection: 'column', fontSize: 12, gap: 4 } as const

/**
 * Quick filters above the generations list (phase, status, model, article). They write the list's
 * `where` through Payload's list query, so the URL, the where-builder and pagination stay in step.
 */
export const GenerationsFilters = ({ kitsSlug, statuses }: GenerationsFiltersProps) => {
  const { t } = useKitTranslation()
  const { handleWhereChange, query } = useListQuery()
  const phases = useKnownPhases(kitsSlug)
  const [filters, setFilters] = useState<QuickFilters>(() => filtersFromWhere(query?.where))
  const set = (key: keyof QuickFilters) => (value: string) => setFilters((current) => ({ ...current, [key]: value }))
  const apply = (next: QuickFilters) => {
    setFilters(next)
    void handleWhereChange?.(applyFilters(query?.where, next))
  }

  return (
    <form
      className="prompt-kit-generations-filters"
      onSubmit={(event) => {
        event.preventDefault()
        apply(filters)
      }}
      style={{ alignItems: 'end', display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}
    >
      <strong style={{ alignSelf: 'center', fontSize: 12 }}>{t('filtersTitle')}</strong>
      <label style={fieldStyle}>
        {t('filtersPhase')}
        {phases && phases.length ? (
          <select onChange={(e) => apply({ ...filters, phase: e.target.value })} value={filters.phase}>
            <option value="">{t('filtersAnyPhase')}</option>
            {[...new Set([...phases, ...(filters.phase ? [filters.phase] : [])])].map((key) => (
              <option key={key} value={key}>
                {key}
              </option>
            ))}
          </select>
        ) : (
          <input onChange={(e) => set('phase')(e.target.value)} value={filters.phase} />
        )}
      </label>
      <label style={fieldStyle}>
        {t('filtersStatus')}
        <select onChange={(e) => apply({ ...filters, status: e.target.value })} value={filters.status}>
          <option value="">{t('filtersAnyStatus')}</option>
          {statuses.map((status) => (
            <option key={status.value} value={status.value}>
              {t(status.label)}
            </option>
          ))}
        </select>
      </label>
      <label style={fieldStyle}>
        {t('filtersModel')}
        <input onChange={(e) => set('model')(e.target.value)} value={filters.model} />
      </label>
      <label style={fieldStyle}>
        {t('filtersArticle')}
        <input onChange={(e) => set('article')(e.target.value)} size={8} value={filters.article} />
      </label>
      <button type="submit">{t('filtersApply')}</button>
      <button onClick={() => apply(emptyFilters)} type="button">
        {t('filtersClear')}
      </button>
    </form>
  )
}
