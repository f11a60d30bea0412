import type { Payload } from 'payload'

import { replaceRunVersion } from '../../../src/pipeline/store/runVersions.js'

/** A stand-in Payload whose database says whether the pipeline touched versions at all. */
const payloadWith = (versions: unknown) => {
  const calls: string[] = []
  const payload = {
    collections: { articles: { config: { slug: 'articles', versions } } },
    db: {
      deleteVersions: async () => void calls.push('deleteVersions'),
      findVersions: async () => (calls.push('findVersions'), { docs: [{ id: 'v1', updatedAt: '2026-01-01T00:00:00.000Z' }] }),
    },
  } as unknown as Payload
  return { calls, payload }
}

const save = (status: string, updatedAt: string) => ({ id: 1, run: { runId: 'run-1', status }, updatedAt })

describe('replaceRunVersion', () => {
  it('leaves collections without drafts alone: their versions are the published history', async () => {
    for (const versions of [false, { drafts: false, maxPerDoc: 10 }]) {
      const { calls, payload } = payloadWith(versions)
      const args = { articleId: 1, collection: 'articles', payload }
      await replaceRunVersion(args, save('running', '2026-01-01T00:00:00.000Z'))
      await replaceRunVersion(args, save('succeeded', '2026-01-01T00:00:01.000Z'))
      expect(calls).toEqual([])
    }
  })

  it('replaces the version of the run’s previous save, through the adapter where Drizzle is not available', async () => {
    const { calls, payload } = payloadWith({ drafts: true })
    const args = { articleId: 1, collection: 'articles', payload }
    await replaceRunVersion(args, save('running', '2026-01-01T00:00:00.000Z'))
    await replaceRunVersion(args, save('succeeded', '2026-01-01T00:00:01.000Z'))
    expect(calls).toEqual(['findVersions', 'deleteVersions'])
  })
})
