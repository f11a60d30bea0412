import type { Payload } from 'payload'

import type { Id } from './types.js'

/**
 * Article saves and generation records give way to phases on their way to the LLM. A save costs
 * this process 50–100 ms of CPU (it writes a whole draft version), a record a few; started while
 * the next phase claims its generation and sends its request, they delay that request, and so the
 * whole run. They wait until no phase of the article is between "started" and "request sent", then
 * run while the LLM answers. Launching takes milliseconds, so nothing is held for long.
 */
type Gate = { launching: number; waiters: (() => void)[] }

/** Per Payload instance (tests and the bench run several, with overlapping IDs), per article. */
const gates = new WeakMap<Payload, Map<string, Gate>>()

/**
 * A phase of the article starts toward its LLM call. Call the returned function once its request is
 * sent, or as soon as it will not send one, and before it waits for an article save of its own
 * (which would wait for it). Calling it again does nothing.
 */
export const phaseLaunching = (payload: Payload, articleId: Id): (() => void) => {
  let byArticle = gates.get(payload)
  if (!byArticle) gates.set(payload, (byArticle = new Map()))
  const key = String(articleId)
  let gate = byArticle.get(key)
  if (!gate) byArticle.set(key, (gate = { launching: 0, waiters: [] }))
  gate.launching++
  let launched = false
  return () => {
    if (launched) return
    launched = true
    gate.launching--
    if (gate.launching > 0) return
    byArticle.delete(key)
    for (const resolve of gate.waiters.splice(0)) resolve()
  }
}

/** Resolves once no phase of the article is launching; at once when none is. */
export const launchesSettled = (payload: Payload, articleId: Id): Promise<void> => {
  const gate = gates.get(payload)?.get(String(articleId))
  if (!gate) return Promise.resolve()
  return new Promise((resolve) => gate.waiters.push(resolve))
}

/**
 * For background writes of a run (a generation's record, an article save): one turn later, so the
 * phases the run starts next have registered, then once they have sent their requests.
 */
export const afterLaunches = async (payload: Payload, articleId: Id): Promise<void> => {
  await new Promise((resolve) => setImmediate(resolve))
  await launchesSettled(payload, articleId)
}
