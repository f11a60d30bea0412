import type { GenerationStore } from './store/generations.js'
import type { Doc } from './types.js'

import { findGeneration } from './store/generations.js'
import { leaseLapsed } from './store/leases.js'

const POLL_MS = 1_000

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
  })

/**
 * Wait for another worker's claim of a phase to settle. Resolves with the settled generation,
 * 'lapsed' when its holder stopped renewing the lease (it died: claim the phase again), or null
 * when the run was cancelled or the generation vanished.
 */
export const waitForHolder = async (store: GenerationStore, claim: Doc, signal?: AbortSignal): Promise<Doc | null | 'lapsed'> => {
  for (;;) {
    if (signal?.aborted) return null
    const current = await findGeneration(store, claim.id)
    if (!current || current.status !== 'running') return current
    if (leaseLapsed(current)) return 'lapsed'
    await sleep(POLL_MS, signal)
  }
}
