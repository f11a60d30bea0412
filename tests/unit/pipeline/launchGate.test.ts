import type { Payload } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { queueArticleChange, type ArticleIO } from '../../../src/pipeline/articleWrites.js'
import { afterLaunches, launchesSettled, phaseLaunching } from '../../../src/pipeline/launchGate.js'

const payload = {} as Payload
const settledYet = async (promise: Promise<unknown>) => {
  let settled = false
  void promise.then(() => (settled = true))
  await new Promise((resolve) => setImmediate(resolve))
  return settled
}

describe('launch gate', () => {
  it('opens at once when no phase of the article is launching', async () => {
    expect(await settledYet(launchesSettled(payload, 'a1'))).toBe(true)
  })

  it('opens when the last launching phase has sent its request; a second call changes nothing', async () => {
    const first = phaseLaunching(payload, 'a2')
    const second = phaseLaunching(payload, 'a2')
    const open = launchesSettled(payload, 'a2')
    first()
    first() // idempotent: it must not count for `second`
    expect(await settledYet(open)).toBe(false)
    second()
    expect(await settledYet(open)).toBe(true)
  })

  it('lets a background write wait for the phases started later in the same turn', async () => {
    const write = afterLaunches(payload, 'a5')
    // The run starts the next phase after handing over the output whose record waits here.
    const launched = phaseLaunching(payload, 'a5')
    expect(await settledYet(write)).toBe(false)
    launched()
    expect(await settledYet(write)).toBe(true)
  })

  it('keeps articles and Payload instances apart', async () => {
    const other = {} as Payload
    const launched = phaseLaunching(payload, 'a3')
    expect(await settledYet(launchesSettled(payload, 'a4'))).toBe(true)
    expect(await settledYet(launchesSettled(other, 'a3'))).toBe(true)
    launched()
  })

  it('holds an article save until the phases launching meanwhile have sent their requests', async () => {
    const saves: Record<string, unknown>[] = []
    const io: ArticleIO = { merge: (_article, data) => data, read: async () => ({ id: 'a5' }), save: async (data) => (saves.push(data), { id: 'a5', ...data }) }
    const launched = phaseLaunching(payload, 'a5')
    const saved = queueArticleChange(payload, 'a5', { build: () => ({ title: 'x' }), io })
    expect(await settledYet(saved)).toBe(false)
    expect(saves).toEqual([])
    launched()
    await saved
    expect(saves).toEqual([{ title: 'x' }])
  })
})
