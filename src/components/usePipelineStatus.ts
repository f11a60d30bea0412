'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { PipelineStatus } from '../pipeline/status.js'
import type { JsonAnswer } from './requestJson.js'

import { requestJson } from './requestJson.js'

/** A run is queued or running, or some phase still is: worth asking again soon. */
export const isBusy = (status: null | PipelineStatus) =>
  Boolean(status?.run?.active) || Boolean(status?.phases.some((p) => p.status === 'queued' || p.status === 'running'))

/** The run ended after the form's data was saved: the form holds what was there before it. */
const endedAfter = (status: PipelineStatus, loadedAt: string | undefined) => {
  const finishedAt = status.run?.finishedAt
  return Boolean(finishedAt && loadedAt && Date.parse(finishedAt) > Date.parse(loadedAt))
}

type Options = {
  intervalMs?: number
  /** `updatedAt` of the document data the form holds. */
  loadedAt?: string
  onFinished?: () => void
}

/**
 * `GET <url>` once, then every `intervalMs` while a run is in progress; idle, it stops until
 * `watch()` (after starting a run) or the tab becoming visible again. `onFinished` runs when a run
 * this hook saw (or was told to `watch`) is no longer active, and also when a run ended unseen
 * after the form's data was loaded (the page was rendered mid-run and the run ended before the
 * first poll; with jobs autoRun a short run often does).
 */
export const usePipelineStatus = (url: null | string, { intervalMs = 2000, loadedAt, onFinished }: Options = {}) => {
  const [status, setStatus] = useState<null | PipelineStatus>(null)
  const [error, setError] = useState<JsonAnswer<unknown>['error']>(null)
  const [live, setLive] = useState(false)
  const inFlight = useRef(false)
  const expectingEnd = useRef(false)
  const finished = useRef(onFinished)
  finished.current = onFinished
  const loaded = useRef(loadedAt)
  loaded.current = loadedAt

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
        else if (expectingEnd.current || endedAfter(answer.body, loaded.current)) {
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
