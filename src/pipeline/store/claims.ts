import type { Where } from 'payload'

import type { Doc } from '../types.js'
import type { GenerationStore } from './generations.js'

import { createGeneration, findGenerations, recordGeneration, succeededStatuses } from './generations.js'
import { holdLease, leaseLapsed, leaseUntil } from './leases.js'
import { randomUUID } from 'node:crypto'

export type Claim =
  /**
   * This process owns the phase now and may call the LLM; `release` ends its lease (call it once
   * the generation is settled). `storedAnswer`: an answer a previous holder received and stored
   * (write-ahead) before it died; it is used instead of asking again.
   */
  | { generation: Doc; kind: 'claimed'; release: () => void; storedAnswer?: string }
  /** A live holder elsewhere is on it (its lease is current): wait for it. */
  | { generation: Doc; kind: 'busy' }
  /** Already done in this run (a resumed run). */
  | { generation: Doc; kind: 'done' }

/** Tells this process's claims apart from others' (the insert may be retried after a dropped connection). */
const holderId = () => `${process.pid}:${randomUUID()}`

const attemptsOf = (store: GenerationStore, run: string, phase: string) => {
  const where: Where = { and: [{ run: { equals: run } }, { phase: { equals: phase } }] }
  return findGenerations(store, where, '-runAttempt')
}

/** The previous holder's lease lapsed: close its attempt, keeping the answer it stored (if any) for us. */
const takeOver = async (store: GenerationStore, abandoned: Doc): Promise<string | undefined> => {
  const answer = abandoned.answeredAt && typeof abandoned.rawOutput === 'string' ? abandoned.rawOutput : undefined
  await recordGeneration(store, abandoned.id, {
    error: `Abandoned: its worker stopped renewing the lease (${String(abandoned.holder ?? 'unknown holder')}); ${answer === undefined ? 'asked again' : 'its stored answer was used'} in attempt ${Number(abandoned.runAttempt ?? 0) + 1}.`,
    status: 'failed',
  })
  return answer
}

/**
 * Atomically claim one phase of one run by inserting its `running` generation. The unique index on
 * (run, phase, runAttempt) makes the insert the lock: of two workers only one insert succeeds. The
 * claim carries a lease that this process renews; a `running` attempt whose lease lapsed belonged
 * to a worker that died, and the next attempt is claimed.
 */
export const claimPhase = async (
  store: GenerationStore,
  {
    data,
    firstAttempt,
    phase,
    run,
  }: {
    data: Record<string, unknown>
    /** The run had no attempt of this phase when it started: insert attempt 1 without looking first. */
    firstAttempt?: boolean
    phase: string
    run: string
  },
): Promise<Claim> => {
  if (firstAttempt) {
    const holder = holderId()
    const generation = await createGeneration(store, { ...data, holder, leaseExpiresAt: leaseUntil(store).toISOString(), phase, run, runAttempt: 1, status: 'running' }).catch(
      () => undefined, // someone has attempt 1 (or the insert failed otherwise): look at what is there
    )
    if (generation) return { generation, kind: 'claimed', release: holdLease(store, generation.id) }
  }
  const previous = await attemptsOf(store, run, phase)
  const done = previous.find((g) => succeededStatuses.includes(String(g.status)))
  if (done) return { generation: done, kind: 'done' }

  const latest = previous[0]
  let storedAnswer: string | undefined
  if (latest?.status === 'running') {
    if (!leaseLapsed(latest)) return { generation: latest, kind: 'busy' }
    storedAnswer = await takeOver(store, latest)
  }
  const runAttempt = Number(latest?.runAttempt ?? 0) + 1
  const holder = holderId()
  const row = { ...data, holder, leaseExpiresAt: leaseUntil(store).toISOString(), phase, run, runAttempt, status: 'running' }
  try {
    const generation = await createGeneration(store, row)
    return { generation, kind: 'claimed', release: holdLease(store, generation.id), storedAnswer }
  } catch (error) {
    // Lost the race: the other worker's row is there now. Anything else is a real error.
    const [winner] = (await attemptsOf(store, run, phase)).filter((g) => Number(g.runAttempt) === runAttempt)
    if (!winner) throw error
    if (winner.holder === holder) return { generation: winner, kind: 'claimed', release: holdLease(store, winner.id), storedAnswer }
    return { generation: winner, kind: 'busy' }
  }
}
