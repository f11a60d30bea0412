import type { Payload } from 'payload'

import type { Id } from './types.js'

/**
 * Article saves and generation records give way to phases on their way to the LLM. A save costs
 * this process 50–100 ms of CPU (it writes a whole draft version), a record a few; started while
 * the next phase claims its generation and sends its request, they delay that request, and so the
 * whole run. They wait until no phase of the article is between "started" and "request sent", then
 * run while the LLM answers. Launching takes milliseconds, so nothing is held for long.
 *
 * A save also waits, for a bounded time (SAVE_HOLD_MS after it was queued), while a phase whose
 * answer will start other phases is in flight ("unlocking"): a save that begins just before that
 * answer arrives would delay all the launches it triggers. Saves held this way share one draft
 * version when they run.
 */
type Gate = { launching: number; unlocking: number; waiters: (() => void)[] }

/** How long a queued article save may be held for phases in flight. */
export const SAVE_HOLD_MS = 500

/** Per Payload instance (tests and the bench run several, with overlapping IDs), per article. */
const gates = new WeakMap<Payload, Map<string, Gate>>()

const gateOf = (payload: Payload, articleId: Id, create: boolean): Gate | undefined => {
  let byArticle = gates.get(payload)
  if (!byArticle && create) gates.set(payload, (byArticle = new Map()))
  const key = String(articleId)
  let gate = byArticle?.get(key)
  if (!gate && create) byArticle!.set(key, (gate = { launching: 0, unlocking: 0, waiters: [] }))
  return gate
}

/** Wake every waiter (each checks again) and forget an idle gate. */
const changed = (payload: Payload, articleId: Id, gate: Gate) => {
  if (gate.launching === 0 && gate.unlocking === 0) gates.get(payload)?.delete(String(articleId))
  for (const resolve of gate.waiters.splice(0)) resolve()
}

/** Count a phase in `counter` until the returned function is called (once; later calls do nothing). */
const hold = (payload: Payload, articleId: Id, counter: 'launching' | 'unlocking'): (() => void) => {
  const gate = gateOf(payload, articleId, true)!
  gate[counter]++
  let released = false
  return () => {
    if (released) return
    released = true
    gate[counter]--
    changed(payload, articleId, gate)
  }
}

/**
 * A phase of the article starts toward its LLM call. Call the returned function once its request is
 * sent, or as soon as it will not send one, and before it waits for an article save of its own
 * (which would wait for it). Calling it again does nothing.
 */
export const phaseLaunching = (payload: Payload, articleId: Id): (() => void) => hold(payload, articleId, 'launching')

/**
 * A phase of the article whose answer will start others is running. Call the returned function once
 * it has finished and the phases it unblocked have been started (they then count as launching).
 */
export const phaseUnlocking = (payload: Payload, articleId: Id): (() => void) => hold(payload, articleId, 'unlocking')

const wait = (gate: Gate, ms?: number) =>
  new Promise<void>((resolve) => {
    gate.waiters.push(resolve)
    if (ms !== undefined) setTimeout(resolve, Math.max(0, ms)).unref()
  })

/** Resolves once no phase of the article is launching; at once when none is. */
export const launchesSettled = async (payload: Payload, articleId: Id): Promise<void> => {
  for (let gate = gateOf(payload, articleId, false); gate && gate.launching > 0; gate = gateOf(payload, articleId, false)) {
    await wait(gate)
  }
}

/**
 * When an article save queued at `queuedAt` may run: no phase launching, and no phase unlocking
 * unless the save has been held SAVE_HOLD_MS already.
 */
export const saveMayRun = async (payload: Payload, articleId: Id, queuedAt: number): Promise<void> => {
  for (;;) {
    const gate = gateOf(payload, articleId, false)
    if (!gate) return
    const held = Date.now() - queuedAt
    if (gate.launching === 0 && (gate.unlocking === 0 || held >= SAVE_HOLD_MS)) return
    await wait(gate, gate.launching === 0 ? SAVE_HOLD_MS - held : undefined)
  }
}

/**
 * For background writes of a run (a generation's record): one turn later, so the phases the run
 * starts next have registered, then once they have sent their requests.
 */
export const afterLaunches = async (payload: Payload, articleId: Id): Promise<void> => {
  await new Promise((resolve) => setImmediate(resolve))
  await launchesSettled(payload, articleId)
}
