/**
 * One AbortSignal per generate call that fires at `maxTotalMs` or when the caller aborts.
 * The SDK honours retry-after without an upper bound and its retry sleep ignores the signal,
 * so callers also race SDK promises against it (`raceAbort`).
 */
export interface Deadline {
  signal: AbortSignal
  /** Why the signal fired, if it did. */
  reason(): 'deadline' | 'cancelled' | undefined
  remainingMs(): number
  dispose(): void
}

export function startDeadline(maxTotalMs: number, callerSignal?: AbortSignal): Deadline {
  const controller = new AbortController()
  const endsAt = Date.now() + maxTotalMs
  let reason: 'deadline' | 'cancelled' | undefined
  const fire = (why: 'deadline' | 'cancelled') => {
    if (reason) return
    reason = why
    controller.abort()
  }
  const timer = setTimeout(() => fire('deadline'), maxTotalMs)
  const onCallerAbort = () => fire('cancelled')
  if (callerSignal?.aborted) fire('cancelled')
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true })

  return {
    signal: controller.signal,
    reason: () => reason,
    remainingMs: () => Math.max(0, endsAt - Date.now()),
    dispose() {
      clearTimeout(timer)
      callerSignal?.removeEventListener('abort', onCallerAbort)
    },
  }
}

export class DeadlineAbort extends Error {
  override name = 'DeadlineAbort'
}

/** Settles with `promise`, or rejects with `DeadlineAbort` as soon as `signal` fires. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined) // the SDK promise will reject later; nobody listens
    return Promise.reject(new DeadlineAbort())
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DeadlineAbort())
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(err)
      },
    )
  })
}
