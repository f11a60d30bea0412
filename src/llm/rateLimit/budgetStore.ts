import type { BudgetView } from './windowMath.js'

/** A conditional reservation: counted only while the slot stays within the room the decision saw. */
export type Reservation = {
  model: string
  /** False when the decision found no row for the slot yet: it is created with this request in it. */
  slotExists: boolean
  slotStart: number
  tokens: number
  requestsBelow?: number
  tokensAtMost?: number
}

/**
 * Where every process keeps the shared budget (the database in the plugin; memory in unit tests).
 * Every write is one atomic step, so any number of processes can use it at once.
 */
export interface BudgetStore {
  /** The model's slots that started at or after `since`, and its pause. */
  read(model: string, since: number): Promise<BudgetView>
  /** Count one request and its tokens in the slot, if it still has room; false when someone took it first. */
  reserve(reservation: Reservation): Promise<boolean>
  /** Add usage to a slot unconditionally (the answer used more than estimated; the provider counted more). */
  add(model: string, slotStart: number, usage: { requests: number; tokens: number }): Promise<void>
  /** Nobody sends for `model` before `until` (a later pause already stored stays). */
  pauseUntil(model: string, until: number): Promise<void>
}
