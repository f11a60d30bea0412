'use client'
import { useRowLabel } from '@payloadcms/ui'

/** A prompt kit's phase row, named by what the editor typed: "Introduction (introduction)". */
export const KitPhaseRowLabel = () => {
  const { data, rowNumber } = useRowLabel<{ key?: null | string; title?: null | string }>()
  const title = data?.title?.trim()
  const key = data?.key?.trim()
  if (title && key) return <span>{`${title} (${key})`}</span>
  return <span>{title || key || `#${String((rowNumber ?? 0) + 1).padStart(2, '0')}`}</span>
}
