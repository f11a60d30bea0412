import { requestsWritten } from './requestsWritten.js'

/** How long a phase's output waits before it is saved, at most, for the phases it unblocked to send their requests. */
const PERSIST_HOLD_MS = 500

const signal = () => {
  let fire!: () => void
  const fired = new Promise<void>((resolve) => (fire = resolve))
  return { fire, fired }
}

/**
 * Saving an output (its record, a draft save of the article: tens of milliseconds of CPU) waits
 * until the phases it unblocked have sent their requests, at most PERSIST_HOLD_MS: started at the
 * same moment, it would hold those requests up, and so the whole run.
 */
export class Launches {
  private readonly launched = new Map<string, Promise<void>>()
  private readonly saves = new Map<string, () => void>()

  add(key: string): { onLaunched: () => void; persistAfter: Promise<void> } {
    const launch = signal()
    const save = signal()
    this.launched.set(key, launch.fired)
    this.saves.set(key, save.fire)
    return { onLaunched: launch.fire, persistAfter: save.fired }
  }

  /** Let `finished` save once every phase in `started` has launched and its request is written out. */
  persistOnceLaunched(finished: string, started: string[]): void {
    const allow = this.saves.get(finished)
    if (!allow) return
    // One turn after the launch the request exists (the SDK creates it in microtasks); then wait for its write.
    const sent = Promise.all(started.map((key) => this.launched.get(key)))
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(requestsWritten)
    const bound = new Promise((resolve) => setTimeout(resolve, PERSIST_HOLD_MS).unref())
    void Promise.race([sent, bound]).then(allow)
  }

  /** The run is over (or failed unexpectedly): nothing waits any longer. */
  allowAll(): void {
    for (const allow of this.saves.values()) allow()
  }
}
