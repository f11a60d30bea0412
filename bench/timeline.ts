import { subscribe, unsubscribe } from 'node:diagnostics_channel'

import { median } from './stats.js'

/** One run's LLM requests as the bench process saw them, in ms from the run's start (`generateArticle`). */
export type Timeline = { done: number; queued: number; requests: number[]; responses: number[] }

// Node's fetch (undici), which the openai SDK uses, reports each request it creates and each
// response's headers on these channels.
const REQUEST = 'undici:request:create'
const RESPONSE = 'undici:request:headers'

/** Start recording a run's timeline now; call the result when the job is done. */
export const recordTimeline = () => {
  const started = performance.now()
  const since = () => performance.now() - started
  const timeline: Timeline = { done: 0, queued: 0, requests: [], responses: [] }
  const onRequest = () => timeline.requests.push(since())
  const onResponse = () => timeline.responses.push(since())
  subscribe(REQUEST, onRequest)
  subscribe(RESPONSE, onResponse)
  return {
    done: (): Timeline => {
      unsubscribe(REQUEST, onRequest)
      unsubscribe(RESPONSE, onResponse)
      timeline.done = since()
      return timeline
    },
    queued: () => (timeline.queued = since()),
  }
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length)

/**
 * Where a sequential run's time goes besides the LLM (medians over runs): queueing (draft + job),
 * job pick-up and setup until the first request, each answer until the next request (the plugin's
 * per-phase work on the critical path), time per call beyond the fake's latency (HTTP client and
 * server), and the last answer until the job is done (last record and save, job completion).
 */
export const sequentialBreakdown = (timelines: Timeline[], latencyMs: number) => {
  const per = (fn: (t: Timeline) => number) => median(timelines.map(fn))
  return {
    afterLastAnswer: per((t) => t.done - t.responses.at(-1)!),
    answerToNextRequest: per((t) => mean(t.requests.slice(1).map((at, i) => at - t.responses[i]!))),
    beyondLatency: per((t) => mean(t.responses.map((at, i) => at - t.requests[i]! - latencyMs))),
    queue: per((t) => t.queued),
    toFirstRequest: per((t) => t.requests[0]! - t.queued),
  }
}
