import type { Payload } from 'payload'

type Job = { completedAt?: null | string; hasError?: boolean | null; processing?: boolean | null; totalTried?: null | number; waitUntil?: null | string }

const JOBS = 'payload-jobs'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Run one queued job in this process until it has completed or failed for good, waiting out the
 * task's retry backoff in between. A job another worker is already processing is only waited for.
 */
export const runJobToEnd = async (payload: Payload, jobId: number | string, onRetry: (waitMs: number, tried: number) => void) => {
  const read = async () => (await payload.findByID({ collection: JOBS, depth: 0, disableErrors: true, id: jobId })) as Job | null
  for (;;) {
    const job = await read()
    if (!job || job.completedAt || job.hasError) return
    if (job.processing) {
      await sleep(500)
      continue
    }
    const waitMs = job.waitUntil ? Date.parse(job.waitUntil) - Date.now() : 0
    if (waitMs > 0) {
      onRetry(waitMs, job.totalTried ?? 0)
      await sleep(waitMs)
    }
    await payload.jobs.runByID({ id: jobId, silent: true })
  }
}
