import type { FakeReply, FakeResponder, RecordedRequest } from './fakeOpenAI.js'

import { phaseOfRequest, sampleContent } from './pipelineFixtures.js'

/** One chat request the fake received: for which phase and subject, and when, as positions in one event order. */
export type LoggedRequest = {
  /** Event number of its answer; undefined while it is in flight (or never answered). */
  answeredAt?: number
  arrivedAt: number
  phase: string
  /** Which run it belongs to, as told by `subjectOf` (e.g. a suffix in the brief's title). */
  subject: string
}

export type RequestLogOptions = {
  /** How long each answer takes. @default 0 */
  delayMs?: number
  /** Before answering `entry`, wait on the promise this returns (to hold one request back). */
  holdUntil?: (entry: LoggedRequest) => Promise<void> | undefined
  /** The subject of a request. @default 'run' */
  subjectOf?: (text: string) => string
}

const textOf = (req: RecordedRequest): string =>
  ((req.body?.messages ?? []) as { content?: unknown }[]).map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n')

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A responder for the fake LLM that answers every phase with its sample and records each request
 * with event numbers (no clock): tests assert on order and overlap, e.g. which phases were answered
 * before a worker was killed and which were asked for again after it.
 */
export const createRequestLog = ({ delayMs = 0, holdUntil, subjectOf = () => 'run' }: RequestLogOptions = {}) => {
  const entries: LoggedRequest[] = []
  let events = 0
  const responder: FakeResponder = async (req): Promise<FakeReply> => {
    const entry: LoggedRequest = { arrivedAt: ++events, phase: phaseOfRequest(req), subject: subjectOf(textOf(req)) }
    entries.push(entry)
    await Promise.all([sleep(delayMs), holdUntil?.(entry)])
    entry.answeredAt = ++events
    return { content: sampleContent(entry.phase, req), usage: { completion_tokens: 200, prompt_tokens: 400 } }
  }
  return {
    entries,
    /** Requests answered so far. */
    answered: () => entries.filter((e) => e.answeredAt !== undefined),
    /** Requests not answered yet. */
    inFlight: () => entries.filter((e) => e.answeredAt === undefined),
    /** The current position in the event order, to split the log at a moment (e.g. a kill). */
    mark: () => ++events,
    /** Phases whose request was answered before `mark`. */
    phasesAnsweredBefore: (mark: number) => [...new Set(entries.filter((e) => (e.answeredAt ?? Infinity) < mark).map((e) => e.phase))],
    /** Phases requested after `mark`. */
    phasesRequestedAfter: (mark: number) => [...new Set(entries.filter((e) => e.arrivedAt > mark).map((e) => e.phase))],
    /** Most requests in flight at the same time. */
    maxInFlight: () => {
      const steps = entries.flatMap((e) => [
        { at: e.arrivedAt, change: 1 },
        { at: e.answeredAt ?? Infinity, change: -1 },
      ])
      let now = 0
      let max = 0
      for (const step of steps.sort((a, b) => a.at - b.at)) max = Math.max(max, (now += step.change))
      return max
    },
    responder,
  }
}
