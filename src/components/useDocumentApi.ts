'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'

/** REST URL of the document being edited (`/api/<collection>/<id>`), null until it is saved. */
export const useDocumentApi = (): null | string => {
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  if (id === undefined || id === null || id === '' || !collectionSlug) return null
  return `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${encodeURIComponent(String(id))}`
}

/** Admin URL of a document's edit view. */
export const useAdminDocumentUrl = () => {
  const { config } = useConfig()
  return (collection: string, id: number | string) => `${config.routes.admin}/collections/${collection}/${encodeURIComponent(String(id))}`
}
