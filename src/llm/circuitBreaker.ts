import { backoffMs } from './retryHints.js'

export interface Backoff {
  initialMs: number
  maxMs: number
}

/** What a call may do now: send freely, send as the one probe of an open breaker, or wait. */
export type BreakerDecision = 'send' | 'probe' | 'wait'

export interface BreakerFailure {
  /** When the failed request was sent: a request already out when the outage was noticed is not a new failure. */
  sentAt: number
  serverWaitMs?: number
  reason: string
  /** HTTP status of the failure, when the server answered. */
  status?: number
}

/**
 * One per endpoint (baseURL), shared by every call in the process. Closed: requests go out. Open after
 * a transient failure: calls wait until `nextTryAt`, then one of them probes; a success closes it,
 * a failure reopens it with a longer backoff (or the server's retry-after).
 */
export class EndpointBreaker {
  failures = 0
  nextTryAt = 0
  /** True when `nextTryAt` is what the server asked for (retry-after), not our own backoff. */
  serverAsked = false
  reason = ''
  lastStatus: number | undefined
  private lastFailureAt = 0
  private probing = false
  private listeners = new Set<() => void>()

  get isOpen(): boolean {
    return this.failures > 0
  }

  decide(now = Date.now()): BreakerDecision {
    if (!this.isOpen) return 'send'
    if (this.probing || now < this.nextTryAt) return 'wait'
    this.probing = true
    return 'probe'
  }

  /** The endpoint answered (even with a 400): it is reachable. */
  recordSuccess(): void {
    if (!this.isOpen) return
    this.failures = 0
    this.nextTryAt = 0
    this.wake()
  }

  recordFailure(failure: BreakerFailure, backoff: Backoff, now = Date.now()): void {
    this.reason = failure.reason
    this.lastStatus = failure.status
    const alreadyCounted = this.isOpen && failure.sentAt < this.lastFailureAt
    if (!alreadyCounted) {
      this.failures++
      this.lastFailureAt = now
    }
    const waitMs = failure.serverWaitMs ?? backoffMs(this.failures, backoff.initialMs, backoff.maxMs)
    const next = now + waitMs
    if (alreadyCounted && next <= this.nextTryAt) return this.wake()
    this.nextTryAt = next
    this.serverAsked = failure.serverWaitMs !== undefined
    this.wake()
  }

  /** The probe ended (whatever its outcome was recorded as): another waiter may probe next. */
  releaseProbe(): void {
    this.probing = false
    this.wake()
  }

  /** Resolves at `untilMs`, when the breaker changes, or when `signal` fires, whichever comes first. */
  waitForChange(untilMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.listeners.delete(done)
        signal?.removeEventListener('abort', done)
        resolve()
      }
      const timer = setTimeout(done, Math.max(0, untilMs - Date.now()))
      this.listeners.add(done)
      if (signal?.aborted) done()
      else signal?.addEventListener('abort', done, { once: true })
    })
  }

  private wake(): void {
    for (const listener of [...this.listeners]) listener()
  }
}

const breakers = new Map<string, EndpointBreaker>()

export function breakerFor(baseURL: string): EndpointBreaker {
  let breaker = breakers.get(baseURL)
  if (!breaker) breakers.set(baseURL, (breaker = new EndpointBreaker()))
  return breaker
}

/** For tests: forget every endpoint's state. */
export function resetBreakers(): void {
  breakers.clear()
}
