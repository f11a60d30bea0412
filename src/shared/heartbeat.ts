/**
 * Call `beat` every `everyMs` until stopped; a beat never overlaps the previous one. The timer is
 * unref'd, so a heartbeat alone never keeps a process alive. A failed beat is reported and the
 * next one tries again: a lease survives a short database outage as long as one beat lands in time.
 */
export const startHeartbeat = ({
  beat,
  everyMs,
  onError,
}: {
  beat: () => Promise<unknown>
  everyMs: number
  onError: (err: unknown) => void
}): (() => Promise<void>) => {
  let current: Promise<unknown> = Promise.resolve()
  let beating = false
  const timer = setInterval(() => {
    if (beating) return
    beating = true
    current = beat()
      .catch(onError)
      .finally(() => (beating = false))
  }, everyMs)
  timer.unref()
  /** Stop beating; resolves once a beat in flight has ended. */
  return async () => {
    clearInterval(timer)
    await current.catch(() => undefined)
  }
}
