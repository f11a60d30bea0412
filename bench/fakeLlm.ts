import type { FakeOpenAI, FakeResponder, RecordedRequest } from '../tests/support/fakeOpenAI.js'
import type { RateLimitLog, RateLimits } from '../tests/support/fakeProviders.js'

import { startFakeOpenAI } from '../tests/support/fakeOpenAI.js'
import { withRateLimitLog } from '../tests/support/fakeProviders.js'
import { phaseOfRequest, sampleContent } from '../tests/support/pipelineFixtures.js'

export type FakeLlm = FakeOpenAI & {
  /** Requests per `<subject>|<phase>`, where the subject is the first match of `subjectPattern` in the prompt. */
  calls: Map<string, number>
  latencyMs: number
  /** With rate limits: every request's arrival and charged tokens, and the 429s answered. */
  rateLimitLog?: RateLimitLog
}

const promptOf = (req: RecordedRequest): string =>
  ((req.body?.messages ?? []) as { content?: unknown }[]).map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n')

/**
 * The tests' fake OpenAI server answering every phase with its valid sample after a fixed latency,
 * so wall times measure scheduling and plugin overhead, not a model.
 */
export const startBenchFake = async (latencyMs: number, subjectPattern = /benchbrief\d+/, limits?: RateLimits): Promise<FakeLlm> => {
  const calls = new Map<string, number>()
  const answer: FakeResponder = (req) => {
    const phase = phaseOfRequest(req)
    const key = `${subjectPattern.exec(promptOf(req))?.[0] ?? '?'}|${phase}`
    calls.set(key, (calls.get(key) ?? 0) + 1)
    return { content: sampleContent(phase, req), delayMs: latencyMs, usage: { completion_tokens: 200, prompt_tokens: 400 } }
  }
  // With limits, requests over them are answered 429 (and not counted as calls) like a real provider's.
  const limited = limits ? withRateLimitLog(limits, answer) : undefined
  const fake = await startFakeOpenAI(limited?.responder ?? answer)
  return Object.assign(fake, { calls, latencyMs, ...(limited ? { rateLimitLog: limited.log } : {}) })
}
