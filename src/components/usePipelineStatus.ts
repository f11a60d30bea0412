'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { PipelineStatus } from '../pipeline/status.js'
import type { JsonAnswer } from './requestJson.js'

import { requestJson } from './requestJson.js'

/** A run is queued or running, or some phase still is: worth asking again soon. */
export const isBusy = (status: null | PipelineStatus) =>
  Boolean(status?.run?.active) || Boolean(status?.phases.some((p) => p.status === 'queued' || p.status === 'running'))

/**
 * `GET <url>` once, then every `intervalMs` while a run is in progress; idle, it stops until
 * `watch()` (after starting a run) or the tab becoming visible again. `onFinished` runs when a run
 * this hook saw (or was told to `watch`) is no longer active.
 */
export const usePipelineStatus = (url: null | string, { intervalMs = 2000, onFinished }: { intervalMs?: number; onFinished?: () => void } = {}) => {
  const [status, setStatus] = useState<null | PipelineStatus>(null)
  const [error, setError] = useState<JsonAnswer<unknown>['error']>(null)
  const [live, setLive] = useState(false)
  const inFlight = useRef(false)
  const expectingEnd = useRef(false)
  const finished = useRef(onFinished)
  finished.current = onFinished

  const refresh = useCallback(async () => {
    if (!url || inFlight.current) return
    inFlight.current = true
    try {
      const answer = await requestJson<PipelineStatus>(url)
      setError(answer.error)
      if (answer.body) {
        const busy = isBusy(answer.body)
        setStatus(answer.body)
        setLive(busy)
        if (busy) expectingEnd.current = true
        else if (expectingEnd.current) {
          expectingEnd.current = false
          finished.current?.()
        }
      } else if (answer.status >= 400 && answer.status < 500) setLive(false) // asking again will not help
    } finally {
      inFlight.current = false
    }
  }, [url])

  /** A run was just started: poll until it ends, then report it finished. */
  const watch = useCallback(() => {
    expectingEnd.current = true
    setLive(true)
    void refresh()
  }, [refresh])

  useEffect(() => {
    void refresh()
  }, [refresh])

  useEffect(() => {
    if (!url || !live) return
    const timer = setInterval(() => void refresh(), intervalMs)
    return () => clearInterval(timer)
  }, [url, live, intervalMs, refresh])

  // A run started elsewhere (another tab, the CLI) shows up when the editor comes back.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh()
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => document.removeEventListener('visibilitychange', onVisible)
  }, [refresh])

  return { error, live, refresh, status, watch }
}
