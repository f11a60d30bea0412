import type { Payload } from 'payload'

import type { Doc, Id } from '../types.js'
import type { GenerationStore } from './generations.js'

import { startHeartbeat } from '../../shared/heartbeat.js'
import { renewGenerationLeases } from './generations.js'

/** The claims this process holds, per Payload instance, and the one heartbeat that renews them. */
type Holder = { ids: Set<Id>; stop: () => Promise<void>; store: GenerationStore }

const holders = new WeakMap<Payload, Holder>()

/** When a lease taken or renewed now lapses. */
export const leaseUntil = (store: GenerationStore): Date => new Date(Date.now() + store.options.pipeline.leaseMs)

/** A `running` claim whose lease has lapsed: its holder died (or lost the database for too long). */
export const leaseLapsed = (generation: Doc): boolean => {
  const until = Date.parse(String(generation.leaseExpiresAt ?? ''))
  return Number.isNaN(until) || until < Date.now()
}

/**
 * Keep the lease of a claimed generation alive until the returned function is called. One
 * heartbeat per process renews every claim it holds in one update (`pipeline.heartbeatMs`); it
 * runs only while something is held. If this process dies, the leases lapse after
 * `pipeline.leaseMs` and another worker takes the phases over (see claims.ts).
 */
export const holdLease = (store: GenerationStore, id: Id): (() => void) => {
  const { payload } = store
  let holder = holders.get(payload)
  if (!holder) {
    const ids = new Set<Id>()
    const stop = startHeartbeat({
      beat: () => renewGenerationLeases(store, [...ids], leaseUntil(store)),
      everyMs: store.options.pipeline.heartbeatMs,
      onError: (err) => payload.logger.warn(`payload-prompt-kit: could not renew the leases of ${ids.size} phase(s): ${String(err)}`),
    })
    holders.set(payload, (holder = { ids, stop, store }))
  }
  const current = holder
  current.ids.add(id)
  return () => {
    if (!current.ids.delete(id) || current.ids.size > 0) return
    if (holders.get(payload) === current) holders.delete(payload)
    void current.stop()
  }
}
