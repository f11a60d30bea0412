import type { Payload } from 'payload'

import { jest } from '@jest/globals'

import { defaultKit } from '../../src/kit/defaultKit.js'
import { loadRunKit } from '../../src/pipeline/loadKit.js'
import { getPromptKitOptions } from '../../src/pluginOptions.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { startTestPayloadWithoutLlm, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }

describe.each(databasesUnderTest())('loading the kit of a run on %s', (db) => {
  let payload: Payload
  beforeAll(async () => {
    payload = await startTestPayloadWithoutLlm(db)
  })
  afterAll(() => stopTestPayload(payload))

  const load = (brief: Partial<Doc>) => loadRunKit(payload, getPromptKitOptions(payload), brief as Doc)
  const defaultKitDoc = async () =>
    (await payload.find({ collection: 'prompt-kits', where: { slug: { equals: defaultKit.slug } } }))
      .docs[0] as Doc

  it('reads a kit again only after it was saved, and then sees the change', async () => {
    const kit = await defaultKitDoc()
    const first = await load({ kit: kit.id })
    const reads = jest.spyOn(payload, 'findByID')
    try {
      expect(await load({ kit: kit.id })).toEqual(first)
      expect(await load({})).toEqual(first) // the default kit, by the ID found before
      expect(reads.mock.calls).toHaveLength(0)

      const phases = (kit.phases as Doc[]).map((p) =>
        p.key === 'faq' ? { ...p, template: `${String(p.template)} Changed.` } : p,
      )
      await payload.update({ collection: 'prompt-kits', data: { phases }, id: kit.id })
      const after = await load({ kit: kit.id })
      expect(after.version).not.toBe(first.version)
      expect(after.phases.find((p) => p.key === 'faq')!.template).toMatch(/ Changed\.$/)
      expect(reads.mock.calls).toHaveLength(1)
    } finally {
      reads.mockRestore()
    }
  })

  it('hands out copies: a caller changing its kit does not change the next one', async () => {
    const kit = await defaultKitDoc()
    const first = await load({ kit: kit.id })
    first.phases[0]!.template = 'mutated'
    expect((await load({ kit: kit.id })).phases[0]!.template).not.toBe('mutated')
  })
})
