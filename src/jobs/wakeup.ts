/**
 * A sleep that can be cut short. A `wake()` while nobody sleeps is remembered, so the next
 * `sleep` returns at once: an event between a check and the sleep that follows it is not lost.
 */
export const createWakeup = () => {
  let pending = false
  let resolve: (() => void) | undefined
  return {
    /** Sleep `ms` (until woken when undefined). */
    sleep: (ms?: number): Promise<void> => {
      if (pending) {
        pending = false
        return Promise.resolve()
      }
      return new Promise<void>((done) => {
        const timer = ms === undefined ? undefined : setTimeout(finish, ms)
        function finish() {
          clearTimeout(timer)
          resolve = undefined
          done()
        }
        resolve = finish
      })
    },
    wake: (): void => {
      if (resolve) resolve()
      else pending = true
    },
  }
}
