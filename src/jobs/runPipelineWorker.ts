import type { Payload } from 'payload'

import type { Id } from '../pipeline/types.js'

import { isConnectionError } from '../shared/dbRetry.js'
import { claimJob } from './claimJob.js'
import { pickPendingJobs } from './pickPendingJobs.js'
import { createPollBackoff } from './pollBackoff.js'
import { releaseLapsedJobs } from './releaseLapsedJobs.js'
import { createWakeup } from './wakeup.js'

/** How one job ended for the worker: Payload's job status, or `'interrupted'` when it could not be recorded. */
export type WorkerJobStatus = 'error' | 'error-reached-max-retries' | 'interrupted' | 'success'

export type PipelineWorkerArgs = {
  /** Most jobs running at once; a free slot is filled as soon as a job ends. @default 4 */
  limit?: number
  /** Called when a job has ended (whatever the outcome). */
  onJobEnd?: (job: { id: Id; status: WorkerJobStatus }) => void
  /** Called when the worker has claimed a job and starts it. */
  onJobStart?: (job: { id: Id }) => void
  /** How long to wait before looking again when no job was waiting. @default 1000 */
  pollMs?: number
  /** Queue the jobs were queued in. @default 'default' */
  queue?: string
  /** Stop taking jobs; the call resolves once the jobs in progress have ended. */
  signal?: AbortSignal
}

export type PipelineWorkerResult = { jobsStarted: number }

const DEFAULT_LIMIT = 4
const DEFAULT_POLL_MS = 1000

type Slots = { held: () => Id[]; start: (id: Id) => void }

/**
 * Release lapsed jobs (not ours), then claim up to `free` pending ones, starting each as soon as it
 * is ours: should a later claim fail, the jobs already claimed are running, not stranded.
 */
const fillSlots = async (payload: Payload, slots: Slots, free: number, queue?: string): Promise<number> => {
  await releaseLapsedJobs(payload, { exceptIds: slots.held() })
  let started = 0
  for (const id of await pickPendingJobs(payload, { queue })) {
    if (started >= free) break
    if (!(await claimJob(payload, id))) continue
    slots.start(id)
    started++
  }
  return started
}

/**
 * Run one claimed job to its end. Payload is kept silent (it would log every retry with the whole
 * job document); the task logs one line itself. A job whose end could not be saved (the database
 * went away) stays `processing` and is taken over once its lease lapses.
 */
const runClaimedJob = async (payload: Payload, id: Id): Promise<WorkerJobStatus> => {
  try {
    const result = await payload.jobs.runByID({ id, silent: true })
    return (result.jobStatus?.[String(id)]?.status as WorkerJobStatus | undefined) ?? 'interrupted'
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]
    if (isConnectionError(err)) {
      payload.logger.warn(`payload-prompt-kit: job ${String(id)}: its outcome could not be saved (database unreachable: ${message}); it is taken over once its lease lapses`)
    } else {
      payload.logger.error({ err, msg: `payload-prompt-kit: job ${String(id)}: the job runner failed; the job is taken over once its lease lapses` })
    }
    return 'interrupted'
  }
}

/**
 * A worker loop for generation jobs: keeps up to `limit` jobs running, claiming the next one
 * (atomically, see claimJob) as soon as one ends, and polling every `pollMs` while the queue is
 * empty. Each poll first releases jobs whose holder died (see releaseLapsedJobs). While the
 * database is unreachable it logs once, backs off and keeps going. Resolves after `signal` aborts
 * and the jobs in progress have ended. Other tasks in the queue are left to the host's runner.
 */
export const runPipelineWorker = async (payload: Payload, args: PipelineWorkerArgs = {}): Promise<PipelineWorkerResult> => {
  const { limit = DEFAULT_LIMIT, pollMs = DEFAULT_POLL_MS, queue, signal } = args
  const running = new Map<string, { done: Promise<void>; id: Id }>()
  const wakeup = createWakeup()
  const backoff = createPollBackoff(payload, { pollMs, what: 'poll for generation jobs' })
  let jobsStarted = 0
  const slots: Slots = {
    held: () => [...running.values()].map((job) => job.id),
    start: (id) => {
      jobsStarted++
      args.onJobStart?.({ id })
      const done = runClaimedJob(payload, id)
        .then((status) => args.onJobEnd?.({ id, status }))
        // A throwing callback must not end the worker.
        .catch((err: unknown) => payload.logger.error({ err, msg: 'payload-prompt-kit: worker: onJobEnd threw' }))
        .finally(() => {
          running.delete(String(id))
          wakeup.wake()
        })
      running.set(String(id), { done, id })
    },
  }
  const onAbort = () => wakeup.wake()
  signal?.addEventListener('abort', onAbort)
  try {
    while (!signal?.aborted) {
      const free = limit - running.size
      // Full: sleep until a job ends. Otherwise claim; if that left slots free, the queue is empty.
      let sleepMs: number | undefined
      if (free > 0) {
        try {
          const claimed = await fillSlots(payload, slots, free, queue)
          backoff.succeeded()
          if (claimed < free) sleepMs = pollMs
        } catch (err) {
          sleepMs = backoff.failed(err)
        }
      }
      if (!signal?.aborted) await wakeup.sleep(sleepMs)
    }
  } finally {
    signal?.removeEventListener('abort', onAbort)
    await Promise.all([...running.values()].map((job) => job.done))
  }
  return { jobsStarted }
}
