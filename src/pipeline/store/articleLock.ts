import type { Id } from '../types.js'

const tails = new Map<string, Promise<unknown>>()

/**
 * Run `task` after every earlier task for the same article has settled. Phases finish concurrently
 * and all read-modify-write the same article; without this one write would drop another's changes.
 * In-process only: across processes the per-phase claim keeps content writes apart.
 */
export const withArticleLock = <T>(articleId: Id, task: () => Promise<T>): Promise<T> => {
  const key = String(articleId)
  const previous = tails.get(key) ?? Promise.resolve()
  const result = previous.then(task, task)
  const tail = result.catch(() => undefined)
  tails.set(key, tail)
  // Forget the chain once it is idle, so the map does not grow with every article ever generated.
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key)
  })
  return result
}
