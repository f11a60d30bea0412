import type { Payload } from 'payload'

import { jest } from '@jest/globals'

import { newestVersion } from '../../src/pipeline/newestVersion.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { startTestPayloadWithoutLlm, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

describe.each(databasesUnderTest())('newest version of a document on %s', (db) => {
  let payload: Payload
  beforeAll(async () => {
    payload = await startTestPayloadWithoutLlm(db)
  })
  afterAll(() => stopTestPayload(payload))

  const newestByPayload = async (id: number | string) => {
    const { docs } = await payload.findVersions({
      collection: 'articles',
      depth: 0,
      limit: 1,
      sort: '-updatedAt',
      where: { parent: { equals: id } },
    })
    return { id: String(docs[0]!.id), updatedAt: new Date(docs[0]!.updatedAt).toISOString() }
  }

  it('is the version Payload lists first, after every save', async () => {
    const article = await payload.create({ collection: 'articles', data: { title: 'Versions' }, draft: true })
    expect(await newestVersion(payload, 'articles', article.id)).toEqual(await newestByPayload(article.id))
    await payload.update({
      collection: 'articles',
      data: { title: 'Versions 2' },
      draft: true,
      id: article.id,
    })
    expect(await newestVersion(payload, 'articles', article.id)).toEqual(await newestByPayload(article.id))
  })

  it('is undefined for a document without versions', async () => {
    expect(
      await newestVersion(payload, 'articles', db === 'mongodb' ? '0123456789abcdef01234567' : 987654),
    ).toBeUndefined()
  })

  it('asks the SQL database directly, without the adapter’s findVersions', async () => {
    if (db === 'mongodb') return
    const article = await payload.create({ collection: 'articles', data: { title: 'Direct' }, draft: true })
    const expected = await newestByPayload(article.id)
    const spy = jest.spyOn(payload.db, 'findVersions')
    try {
      expect(await newestVersion(payload, 'articles', article.id)).toEqual(expected)
      expect(spy.mock.calls).toHaveLength(0)
    } finally {
      spy.mockRestore()
    }
  })

  it('still throws for a collection that keeps no versions', async () => {
    await expect(newestVersion(payload, 'generations', 1)).rejects.toThrow()
  })
})
