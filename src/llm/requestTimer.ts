import type { AbortCause } from './requestFailure.js'

/**
 * The signal of one HTTP request: fires after `timeoutMs` without progress (`touch()` restarts the
 * clock, e.g. per streamed chunk) or when the caller's signal fires.
 */
export interface RequestTimer {
  signal: AbortSignal
  cause(): AbortCause
  touch(): void
  dispose(): void
}

export function startRequestTimer(timeoutMs: number, callerSignal?: AbortSignal): RequestTimer {
  const controller = new AbortController()
  let cause: AbortCause
  const fire = (why: Exclude<AbortCause, undefined>) => {
    if (cause) return
    cause = why
    controller.abort()
  }
  let timer = setTimeout(() => fire('timeout'), timeoutMs)
  const onCallerAbort = () => fire('cancelled')
  if (callerSignal?.aborted) fire('cancelled')
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true })
  return {
    signal: controller.signal,
    cause: () => cause,
    touch() {
      if (cause) return
      clearTimeout(timer)
      timer = setTimeout(() => fire('timeout'), timeoutMs)
    },
    dispose() {
      clearTimeout(timer)
      callerSignal?.removeEventListener('abort', onCallerAbort)
    },
  }
}

export class RequestAborted extends Error {
  override name = 'RequestAborted'
}

/** Settles with `promise`, or rejects with `RequestAborted` as soon as `signal` fires. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  promise.catch(() => undefined) // if the signal wins, the SDK promise rejects later with nobody listening
  if (signal.aborted) return Promise.reject(new RequestAborted())
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new RequestAborted())
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
