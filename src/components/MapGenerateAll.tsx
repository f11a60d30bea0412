'use client'
import { Button, useDocumentInfo, useModal } from '@payloadcms/ui'
import { useState } from 'react'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { MapGenerationDrawer } from './MapGenerationDrawer.js'
import { useDocumentApi } from './useDocumentApi.js'

/** Topical map sidebar: *Generate all* opens the map drawer (forecast, start, live progress). */
export const MapGenerateAll = () => {
  const { t } = useKitTranslation()
  const { id } = useDocumentInfo()
  const mapUrl = useDocumentApi()
  const { openModal } = useModal()
  const [openedAt, setOpenedAt] = useState(0)
  const slug = `prompt-kit-map-generate-${String(id)}`

  if (!mapUrl) return <p className="prompt-kit-map-generate">{t('mapSaveFirst')}</p>
  return (
    <div className="prompt-kit-map-generate" style={{ marginBottom: 24 }}>
      <Button
        buttonStyle="primary"
        id="prompt-kit-map-generate-all"
        margin={false}
        onClick={() => {
          setOpenedAt(Date.now())
          openModal(slug)
        }}
        size="medium"
      >
        {t('mapGenerateAll')}
      </Button>
      <p style={{ fontSize: 12 }}>{t('mapGenerateAllHint')}</p>
      <MapGenerationDrawer mapUrl={mapUrl} openedAt={openedAt} slug={slug} />
    </div>
  )
}
