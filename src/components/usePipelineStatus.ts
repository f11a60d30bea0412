'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { PipelineStatus } from '../pipeline/status.js'

/** Poll `GET <url>` every `intervalMs` while mounted; the latest answer, or the error that stopped it. */
export const usePipelineStatus = (url: null | string, intervalMs = 2000) => {
  const [status, setStatus] = useState<null | PipelineStatus>(null)
  const [error, setError] = useState<null | string>(null)
  const inFlight = useRef(false)

  const refresh = useCallback(async () => {
    if (!url || inFlight.current) return
    inFlight.current = true
    try {
      const res = await fetch(url, { credentials: 'include' })
      const body = (await res.json().catch(() => null)) as ({ errors?: { message: string }[] } & Partial<PipelineStatus>) | null
      if (!res.ok) setError(body?.errors?.[0]?.message ?? `HTTP ${res.status}`)
      else {
        setStatus(body as PipelineStatus)
        setError(null)
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      inFlight.current = false
    }
  }, [url])

  useEffect(() => {
    if (!url) return
    void refresh()
    const timer = setInterval(() => void refresh(), intervalMs)
    return () => clearInterval(timer)
  }, [url, intervalMs, refresh])

  return { error, refresh, status }
}
