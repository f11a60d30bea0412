import type { Payload } from 'payload'

import type { ArticleIO } from '../../../src/pipeline/store/articleWrites.js'
import type { Doc } from '../../../src/pipeline/types.js'

import { queueArticleChange } from '../../../src/pipeline/store/articleWrites.js'

/** An in-memory article whose saves wait until released, so changes can pile up behind one. */
const fakeArticle = (initial: Doc, { reject }: { reject?: (data: Record<string, unknown>) => boolean } = {}) => {
  let stored: Doc = { ...initial }
  const saves: Record<string, unknown>[] = []
  let release: () => void = () => undefined
  let gate = Promise.resolve()
  let saving: () => void = () => undefined
  const saveStarted = new Promise<void>((resolve) => (saving = resolve))
  const io: ArticleIO = {
    merge: (_article, data) => data,
    read: async () => ({ ...stored }),
    save: async (data) => {
      saving()
      await gate
      saves.push(data)
      if (reject?.(data)) throw new Error('invalid data')
      stored = { ...stored, ...data }
      return { ...stored }
    },
  }
  return {
    hold: () => {
      gate = new Promise((resolve) => (release = resolve))
    },
    io,
    release: () => release(),
    /** Resolves once a save has started (and, while held, waits at the gate). */
    saveStarted: () => saveStarted,
    saves,
    stored: () => stored,
  }
}

const payload = {} as Payload

describe('queued article changes', () => {
  it('save changes queued during a save together, each built on the ones before it', async () => {
    const article = fakeArticle({ count: 0, id: 1 })
    article.hold()
    const first = queueArticleChange(payload, 1, { build: (a) => ({ count: Number(a.count) + 1 }), io: article.io })
    // Let the first batch take its change and reach the held save.
    await article.saveStarted()
    const second = queueArticleChange(payload, 1, { build: (a) => ({ count: Number(a.count) + 1, faq: 'x' }), io: article.io })
    const third = queueArticleChange(payload, 1, { build: async (a) => ({ count: Number(a.count) + 1 }), io: article.io })
    article.release()
    const [afterFirst, afterSecond, afterThird] = await Promise.all([first, second, third])

    expect(article.saves).toEqual([{ count: 1 }, { count: 3, faq: 'x' }])
    expect(afterFirst.count).toBe(1)
    expect(afterSecond).toEqual(afterThird)
    expect(article.stored()).toEqual({ count: 3, faq: 'x', id: 1 })
  })

  it('save the others when one change makes the shared save fail, and fail only that one', async () => {
    const article = fakeArticle({ id: 2 }, { reject: (data) => data.bad === true })
    article.hold()
    const first = queueArticleChange(payload, 2, { build: () => ({ a: 1 }), io: article.io })
    await article.saveStarted()
    const good = queueArticleChange(payload, 2, { build: () => ({ b: 2 }), io: article.io })
    const bad = queueArticleChange(payload, 2, { build: () => ({ bad: true }), io: article.io })
    const throwing = queueArticleChange(payload, 2, {
      build: () => {
        throw new Error('mapping failed')
      },
      io: article.io,
    })
    article.release()

    await expect(first).resolves.toMatchObject({ a: 1 })
    await expect(good).resolves.toMatchObject({ a: 1, b: 2 })
    await expect(bad).rejects.toThrow('invalid data')
    await expect(throwing).rejects.toThrow('mapping failed')
    expect(article.stored()).toEqual({ a: 1, b: 2, id: 2 })
  })

  it('make no save when no change has anything to write', async () => {
    const article = fakeArticle({ id: 3, title: 'T' })
    await expect(queueArticleChange(payload, 3, { build: () => null, io: article.io })).resolves.toEqual({ id: 3, title: 'T' })
    expect(article.saves).toEqual([])
  })
})
