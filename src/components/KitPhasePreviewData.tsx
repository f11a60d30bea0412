'use client'
import { useConfig, useDebounce } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { DraftPhase, KitPhasePreview } from '../endpoints/kitPhasePreview.js'

type BriefOption = { id: number | string; title: string }
type ErrorAnswer = { errors?: { message: string }[] } | null

const apiBase = (config: ReturnType<typeof useConfig>['config']) => `${config.serverURL ?? ''}${config.routes.api}`

/** Briefs to preview against, newest first (the first 100; enough for a picker). */
export const useBriefOptions = (briefsSlug: string) => {
  const { config } = useConfig()
  const [briefs, setBriefs] = useState<BriefOption[] | null>(null)
  const [error, setError] = useState<null | string>(null)
  useEffect(() => {
    const controller = new AbortController()
    const url = `${apiBase(config)}/${briefsSlug}?depth=0&limit=100&sort=-updatedAt&select[title]=true`
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then(async (res) => {
        const body = (await res.json().catch(() => null)) as ({ docs?: BriefOption[] } & ErrorAnswer) | null
        if (!res.ok) throw new Error(body?.errors?.[0]?.message ?? `HTTP ${res.status}`)
        setBriefs(body?.docs ?? [])
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(err instanceof Error ? err.message : String(err))
      })
    return () => controller.abort()
  }, [config, briefsSlug])
  return { briefs, error }
}

/**
 * POST the edited kit to `/api/<kits>/preview-template` whenever the brief, the phase or the kit's
 * phases change (debounced while typing); the latest answer wins.
 */
export const useKitPhasePreview = (
  kitsSlug: string | undefined,
  request: { brief: string; phase: string; phases: DraftPhase[] },
  refreshCount: number,
) => {
  const { config } = useConfig()
  const body = useDebounce(JSON.stringify(request), 500)
  const [result, setResult] = useState<KitPhasePreview | null>(null)
  const [error, setError] = useState<null | string>(null)
  const [loading, setLoading] = useState(false)

  useEffect(() => {
    const { brief, phase, phases } = JSON.parse(body) as typeof request
    const selected = phases.find((p) => p.key === phase)
    if (!kitsSlug || !brief || !selected) {
      setResult(null)
      return
    }
    const controller = new AbortController()
    setLoading(true)
    fetch(`${apiBase(config)}/${kitsSlug}/preview-template`, {
      body: JSON.stringify({ brief, phase: { ...selected, key: phase }, phases }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
      signal: controller.signal,
    })
      .then(async (res) => {
        const answer = (await res.json().catch(() => null)) as (KitPhasePreview & ErrorAnswer) | null
        if (!res.ok) throw new Error(answer?.errors?.[0]?.message ?? `HTTP ${res.status}`)
        setResult(answer)
        setError(null)
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(err instanceof Error ? err.message : String(err))
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false)
      })
    return () => controller.abort()
  }, [body, config, kitsSlug, refreshCount])

  return { error, loading, result }
}
