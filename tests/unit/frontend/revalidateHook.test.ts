import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { PromptKitConfigError, resolveOptions } from '../../../src/defaults.js'
import { revalidateAfterChangeHook, revalidateAfterDeleteHook } from '../../../src/hooks/revalidateHook.js'

type ChangeArgs = Parameters<CollectionAfterChangeHook>[0]
type DeleteArgs = Parameters<CollectionAfterDeleteHook>[0]

const setup = (revalidate: (paths: string[]) => Promise<void> | void) => {
  const calls: string[][] = []
  const errors: unknown[] = []
  const options = resolveOptions(
    {
      site: {
        revalidate: async (paths) => {
          calls.push(paths)
          await revalidate(paths)
        },
      },
    },
    { collections: [] },
  )
  const req = { payload: { logger: { error: (entry: unknown) => errors.push(entry) } } }
  const change = (doc: Record<string, unknown>, previousDoc?: Record<string, unknown>) =>
    revalidateAfterChangeHook(options)({ doc, previousDoc, req } as unknown as ChangeArgs)
  const remove = (doc: Record<string, unknown>) => revalidateAfterDeleteHook(options)({ doc, req } as unknown as DeleteArgs)
  return { calls, change, errors, remove }
}

const published = (slug: string) => ({ _status: 'published', slug })
const draft = (slug: string) => ({ _status: 'draft', slug })

describe('revalidate hooks', () => {
  it('refreshes the article and the index on publish and on edits of a published article', async () => {
    const { calls, change } = setup(() => {})
    const doc = published('a')
    expect(await change(doc, draft('a'))).toBe(doc)
    await change(published('a'), published('a'))
    expect(calls).toEqual([
      ['/articles/a', '/'],
      ['/articles/a', '/'],
    ])
  })

  it('refreshes the old path after a slug change and the page of an unpublished article', async () => {
    const { calls, change } = setup(() => {})
    await change(published('new'), published('old'))
    await change(draft('gone'), published('gone'))
    expect(calls).toEqual([
      ['/articles/new', '/articles/old', '/'],
      ['/articles/gone', '/'],
    ])
  })

  it('does nothing for drafts that were never public', async () => {
    const { calls, change, remove } = setup(() => {})
    await change(draft('a'))
    await change(draft('a'), draft('a'))
    await remove(draft('a'))
    expect(calls).toEqual([])
  })

  it('refreshes after deleting a published article', async () => {
    const { calls, remove } = setup(() => {})
    await remove(published('a'))
    expect(calls).toEqual([['/articles/a', '/']])
  })

  it('logs a failing revalidate and lets the save succeed', async () => {
    const { change, errors } = setup(() => {
      throw new Error('cache down')
    })
    const doc = published('a')
    await expect(change(doc)).resolves.toBe(doc)
    expect(errors).toEqual([expect.objectContaining({ msg: expect.stringContaining('/articles/a') })])
  })

  it('is optional and must be a function', async () => {
    const options = resolveOptions({}, { collections: [] })
    const doc = published('a')
    await expect(revalidateAfterChangeHook(options)({ doc, previousDoc: undefined } as unknown as ChangeArgs)).resolves.toBe(doc)
    expect(() => resolveOptions({ site: { revalidate: 'yes' as never } }, { collections: [] })).toThrow(PromptKitConfigError)
    expect(() => resolveOptions({ site: { revalidate: 'yes' as never } }, { collections: [] })).toThrow(/site\.revalidate/)
  })
})
