import type { Api } from './rest.js'

import { request } from './rest.js'

export type JobsCron = { stop: () => Promise<void> }

/**
 * Run queued jobs the way a host's cron would: `GET /api/payload-jobs/run` every `intervalMs`. The
 * dev app configures no autoRun, so without this a queued generation never starts.
 */
export const startJobsCron = (api: Api, intervalMs = 1000): JobsCron => {
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let current: Promise<unknown> = Promise.resolve()
  const tick = () => {
    current = request(api, 'GET', '/api/payload-jobs/run?limit=5')
      .catch(() => undefined) // the server may be stopping; the next tick tries again
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs)
      })
  }
  tick()
  return {
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      await current
    },
  }
}
