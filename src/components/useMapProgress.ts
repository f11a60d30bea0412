'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { MapProgress } from '../maps/mapProgress.js'
import type { JsonAnswer } from './requestJson.js'

import { requestJson } from './requestJson.js'

/**
 * `GET <url>` (a map's `/generation`) when `watching` turns on, then every `intervalMs` until no
 * article of the batch is queued or running, like usePipelineStatus does for one article.
 */
export const useMapProgress = (url: null | string, watching: boolean, intervalMs = 2000) => {
  const [progress, setProgress] = useState<MapProgress | null>(null)
  const [error, setError] = useState<JsonAnswer<unknown>['error']>(null)
  const [live, setLive] = useState(false)
  const inFlight = useRef(false)

  const refresh = useCallback(async () => {
    if (!url || inFlight.current) return
    inFlight.current = true
    try {
      const answer = await requestJson<MapProgress>(url)
      setError(answer.error)
      if (answer.body) {
        setProgress(answer.body)
        setLive(!answer.body.finished)
      } else if (answer.status >= 400 && answer.status < 500) setLive(false) // asking again will not help
    } finally {
      inFlight.current = false
    }
  }, [url])

  useEffect(() => {
    if (!watching) return
    setLive(true)
    void refresh()
  }, [watching, refresh])

  useEffect(() => {
    if (!url || !live || !watching) return
    const timer = setInterval(() => void refresh(), intervalMs)
    return () => clearInterval(timer)
  }, [url, live, watching, intervalMs, refresh])

  return { error, live, progress, refresh }
}
