import type { Payload } from 'payload'

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

  it("loads the brief's kit (or the default kit) with its newest version, and sees a saved change", async () => {
    const kit = await defaultKitDoc()
    const first = await load({ kit: kit.id })
    expect(await load({})).toEqual(first) // the default kit, found by its slug
    const [newest] = (await payload.findVersions({ collection: 'prompt-kits', limit: 1, sort: '-updatedAt', where: { parent: { equals: kit.id } } })).docs
    expect(first.version).toBe(String(newest!.id))

    const phases = (kit.phases as Doc[]).map((p) => (p.key === 'faq' ? { ...p, template: `${String(p.template)} Changed.` } : p))
    await payload.update({ collection: 'prompt-kits', data: { phases }, id: kit.id })
    const after = await load({ kit: kit.id })
    expect(after.version).not.toBe(first.version)
    expect(after.phases.find((p) => p.key === 'faq')!.template).toMatch(/ Changed\.$/)
  })

  it('hands out copies: a caller changing its kit does not change the next one', async () => {
    const kit = await defaultKitDoc()
    const first = await load({ kit: kit.id })
    first.phases[0]!.template = 'mutated'
    expect((await load({ kit: kit.id })).phases[0]!.template).not.toBe('mutated')
  })
})
