import type { Payload } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { queueArticleChange, type ArticleIO } from '../../../src/pipeline/articleWrites.js'
import { afterLaunches, launchesSettled, phaseLaunching, phaseUnlocking } from '../../../src/pipeline/launchGate.js'

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

  const recordingIO = (id: string, saves: Record<string, unknown>[]): ArticleIO => ({
    merge: (_article, data) => data,
    read: async () => ({ id }),
    save: async (data) => (saves.push(data), { id, ...data }),
  })

  it('holds article saves while a phase whose answer starts others is in flight, and saves them together', async () => {
    const saves: Record<string, unknown>[] = []
    const unlocked = phaseUnlocking(payload, 'a6')
    const first = queueArticleChange(payload, 'a6', { build: () => ({ title: 'x' }), io: recordingIO('a6', saves) })
    expect(await settledYet(first)).toBe(false)
    const second = queueArticleChange(payload, 'a6', { build: () => ({ slug: 'y' }), io: recordingIO('a6', saves) })
    // The answer arrived and its dependants are launching: still held until they have sent.
    const launched = phaseLaunching(payload, 'a6')
    unlocked()
    expect(await settledYet(first)).toBe(false)
    launched()
    await Promise.all([first, second])
    expect(saves).toEqual([{ slug: 'y', title: 'x' }])
  })

  it('holds a save for phases in flight only for a while (a long LLM call does not keep the article unsaved)', async () => {
    const saves: Record<string, unknown>[] = []
    const unlocked = phaseUnlocking(payload, 'a7')
    await queueArticleChange(payload, 'a7', { build: () => ({ title: 'x' }), io: recordingIO('a7', saves) })
    // Saved although the phase is still in flight: the hold is bounded (SAVE_HOLD_MS).
    expect(saves).toEqual([{ title: 'x' }])
    unlocked()
  })
})
