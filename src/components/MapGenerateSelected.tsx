'use client'
import { Button, useConfig, useModal, useSelection } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { MapGenerationDrawer } from './MapGenerationDrawer.js'
import { requestJson } from './requestJson.js'

export type MapGenerateSelectedProps = { briefsSlug: string; topicalMapsSlug: string }

type BriefRow = { id: number | string; topicalMap?: null | number | string | { id: number | string } }
type MapOfSelection = { count: number; map: null | number | string }

const mapIdOf = (row: BriefRow) =>
  row.topicalMap && typeof row.topicalMap === 'object' ? row.topicalMap.id : (row.topicalMap ?? null)

/** The topical maps the selected briefs belong to (one read of the selected rows' `topicalMap`). */
const useMapOfSelection = (briefsUrl: string, ids: (number | string)[]): MapOfSelection | null => {
  const [found, setFound] = useState<MapOfSelection | null>(null)
  const key = ids.map(String).join(',')
  useEffect(() => {
    if (!ids.length) return setFound(null)
    const query = new URLSearchParams({
      depth: '0',
      limit: String(ids.length),
      'select[topicalMap]': 'true',
      'where[id][in]': key,
    })
    let current = true
    void requestJson<{ docs: BriefRow[] }>(`${briefsUrl}?${query.toString()}`).then((answer) => {
      if (!current) return
      const maps = [
        ...new Set(
          (answer.body?.docs ?? [])
            .map(mapIdOf)
            .filter((id) => id !== null)
            .map(String),
        ),
      ]
      setFound({ count: maps.length, map: maps.length === 1 ? maps[0]! : null })
    })
    return () => {
      current = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [briefsUrl, key])
  return found
}

/**
 * Above the briefs list: *Generate selected* opens the map drawer for the selected briefs, which
 * must belong to one topical map (the pillar among them still goes first).
 */
export const MapGenerateSelected = ({ briefsSlug, topicalMapsSlug }: MapGenerateSelectedProps) => {
  const { t } = useKitTranslation()
  const { config } = useConfig()
  const { getSelectedIds } = useSelection()
  const { openModal } = useModal()
  const [openedAt, setOpenedAt] = useState(0)
  const ids = getSelectedIds()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const selection = useMapOfSelection(`${api}/${briefsSlug}`, ids)
  if (!ids.length) return null
  const slug = 'prompt-kit-map-generate-selected'
  return (
    <div className="prompt-kit-map-generate-selected" style={{ marginBottom: 12 }}>
      <Button
        buttonStyle="secondary"
        disabled={!selection?.map}
        id="prompt-kit-map-generate-selected"
        margin={false}
        onClick={() => {
          setOpenedAt(Date.now())
          openModal(slug)
        }}
        size="small"
      >
        {t('mapGenerateSelected', { count: ids.length })}
      </Button>
      {selection && selection.count === 0 ? <span role="note"> {t('mapSelectedNoMap')}</span> : null}
      {selection && selection.count > 1 ? (
        <span role="note"> {t('mapSelectedManyMaps', { count: selection.count })}</span>
      ) : null}
      {selection?.map ? (
        <MapGenerationDrawer
          briefs={ids}
          mapUrl={`${api}/${topicalMapsSlug}/${encodeURIComponent(String(selection.map))}`}
          openedAt={openedAt}
          slug={slug}
        />
      ) : null}
    </div>
  )
}
