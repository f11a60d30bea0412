import type { CollectionConfig, Payload, PayloadRequest } from 'payload'

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq } from 'payload'

import type { PhaseContext } from '../../src/phases/index.js'

import { phaseHandlers } from '../../src/phases/index.js'
import { getPromptKitOptions } from '../../src/pluginOptions.js'
import { simpleState } from '../unit/phases/handlers/context.js'
import { validSamples } from '../unit/phases/phaseSamples.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { createUser, startTestPayload, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

type Doc = Record<string, unknown> & { id: number | string }

const media: CollectionConfig = {
  slug: 'media',
  fields: [],
  upload: { staticDir: mkdtempSync(path.join(tmpdir(), 'prompt-kit-phases-media-')) },
}

// A 1×1 transparent PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

/** Fixture articles are not publishable; an admin override lets them be published anyway. */
const fixtureOverride = { publishOverride: { reason: 'Test fixture, not a real article.' } }

const link = (targetSlug: string) => ({ targetSlug, anchorText: `about ${targetSlug}`, placement: 'Basics', reason: 'More depth.' })

describe.each(databasesUnderTest())('phase handlers on %s', (db) => {
  let payload: Payload
  let req: PayloadRequest
  beforeAll(async () => {
    payload = await startTestPayload({
      collections: [media],
      db,
      // Published fixtures skip the pre-publish checklist through an admin override (see `fixtureOverride`).
      plugin: { gate: { isAdmin: () => true }, mediaCollection: 'media', seedDefaultKit: false },
    })
    req = await createLocalReq({ user: { ...(await createUser(payload)), collection: 'users' } }, payload)
  })
  afterAll(() => stopTestPayload(payload))

  const create = async (collection: string, data: Record<string, unknown>, draft = false) =>
    (await payload.create({ collection, data, depth: 0, draft, req })) as Doc
  const read = async (id: number | string) =>
    (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id, req })) as Doc

  const context = async (article: Doc, brief: Doc): Promise<PhaseContext> => ({
    article: await read(article.id),
    brief,
    options: getPromptKitOptions(payload),
    payload,
    req,
  })

  /** Run a handler on the article and save its data, as the pipeline does; returns the saved article. */
  const apply = async (kind: keyof typeof phaseHandlers, output: unknown, article: Doc, brief: Doc) => {
    const { data, warnings } = await phaseHandlers[kind].toArticleData(output as never, await context(article, brief))
    await payload.update({ collection: 'articles', data, depth: 0, draft: true, id: article.id, req })
    return { data, saved: await read(article.id), warnings }
  }

  /** Two topical maps, each with two briefs; articles in both maps. */
  const setup = async (prefix: string) => {
    const mapA = await create('topical-maps', { title: `${prefix} map A` })
    const mapB = await create('topical-maps', { title: `${prefix} map B` })
    const briefA1 = await create('briefs', { primaryKeyword: 'a1', title: `${prefix} brief A1`, topicalMap: mapA.id })
    const briefA2 = await create('briefs', { primaryKeyword: 'a2', title: `${prefix} brief A2`, topicalMap: mapA.id })
    const briefB1 = await create('briefs', { primaryKeyword: 'b1', title: `${prefix} brief B1`, topicalMap: mapB.id })
    const article = (slug: string, brief: Doc, draft = false) =>
      create('articles', { _status: draft ? 'draft' : 'published', brief: brief.id, slug, title: slug, ...(draft ? {} : fixtureOverride) }, draft)
    return {
      briefA1,
      self: await article(`${prefix}-self`, briefA1),
      pillar: await article(`${prefix}-pillar`, briefA1),
      sibling: await article(`${prefix}-sibling`, briefA2),
      draftSibling: await article(`${prefix}-draft-sibling`, briefA2, true),
      otherMap: await article(`${prefix}-other-map`, briefB1),
      orphan: await create('articles', { slug: `${prefix}-orphan`, title: `${prefix} orphan` }),
    }
  }

  it('resolves internal links only to articles of the same topical map', async () => {
    const { briefA1, draftSibling, pillar, self, sibling } = await setup('links')
    const output = {
      links: ['links-pillar', 'links-sibling', 'links-draft-sibling', 'links-other-map', 'links-orphan', 'links-self', 'nope'].map(link),
    }
    const { saved, warnings } = await apply('internalLinks', output, self, briefA1)

    expect(saved.internalLinks).toEqual([
      expect.objectContaining({ anchorText: 'about links-pillar', article: pillar.id, placement: 'Basics' }),
      expect.objectContaining({ anchorText: 'about links-sibling', article: sibling.id }),
      expect.objectContaining({ anchorText: 'about links-draft-sibling', article: draftSibling.id }),
    ])
    expect(warnings).toEqual(
      ['links-other-map', 'links-orphan', 'links-self', 'nope'].map((slug) => `link to ${slug} dropped: no such article in this topical map`),
    )
  })

  it('resolves a slug changed in an unpublished draft', async () => {
    const { briefA1, self, sibling } = await setup('renamed')
    await payload.update({ collection: 'articles', data: { slug: 'renamed-in-draft' }, depth: 0, draft: true, id: sibling.id, req })
    const { saved, warnings } = await apply('internalLinks', { links: [link('renamed-in-draft')] }, self, briefA1)
    expect(warnings).toEqual([])
    expect(saved.internalLinks).toEqual([expect.objectContaining({ article: sibling.id })])
  })

  it('saves converted body Lexical and reads it back', async () => {
    const { briefA1, self } = await setup('body')
    const markdown = [
      '# Too big',
      '',
      'Some **bold** text with [a link](https://example.com).',
      '',
      '- one',
      '- two',
      '',
      '```python',
      'print("<b>hi</b>")',
      '```',
      '',
      '```kotlin',
      'val x = 1',
      '```',
      '',
      '<script>alert(1)</script>',
    ].join('\n')
    const { data, saved, warnings } = await apply('body', markdown, self, briefA1)

    expect(simpleState(saved.body)).toEqual(simpleState(data.body))
    expect(simpleState(saved.body)).toEqual([
      { children: ['Too big'], node: 'heading:h2' },
      {
        children: ['Some ', ['bold', 1], ' text with ', { children: ['a link'], node: 'link', url: 'https://example.com' }, '.'],
        node: 'paragraph',
      },
      { children: [{ children: ['one'], node: 'listitem' }, { children: ['two'], node: 'listitem' }], node: 'list:ul' },
      { block: { blockType: 'Code', code: 'print("<b>hi</b>")', language: 'python' }, node: 'block' },
      { block: { blockType: 'Code', code: 'val x = 1', language: 'text' }, node: 'block' },
    ])
    expect(JSON.stringify(saved.body)).not.toContain('alert')
    expect(warnings).toHaveLength(3)
  })

  it('keeps the existing meta image and alt text when writing meta', async () => {
    const { briefA1, self } = await setup('meta')
    const image = await payload.create({
      collection: 'media',
      data: {},
      file: { data: png, mimetype: 'image/png', name: 'cover.png', size: png.length },
      req,
    })
    await payload.update({
      collection: 'articles',
      data: { meta: { image: image.id, imageAlt: 'Cover', title: 'Old title' } },
      draft: true,
      id: self.id,
      req,
    })
    const { saved } = await apply('meta', validSamples.meta, self, briefA1)
    expect(saved.meta).toMatchObject({
      description: validSamples.meta.metaDescription,
      image: image.id,
      imageAlt: 'Cover',
      ogDescription: validSamples.meta.ogDescription,
      ogTitle: validSamples.meta.ogTitle,
      title: validSamples.meta.titleTag,
    })
  })

  it('saves what every JSON handler writes into the article fields', async () => {
    const { briefA1, self } = await setup('all')
    await create('articles', { _status: 'published', brief: briefA1.id, slug: 'pillar-guide', title: 'Pillar guide', ...fixtureOverride })
    for (const kind of ['outline', 'research', 'eeat', 'faq', 'meta', 'internalLinks', 'images', 'social', 'seoReview'] as const) {
      const { saved, warnings } = await apply(kind, validSamples[kind], self, briefA1)
      expect(warnings).toEqual([])
      for (const field of phaseHandlers[kind].fields) expect(saved[field]).toBeTruthy()
    }
    const saved = await read(self.id)
    // The total word target is the brief's (its default here), not the model's.
    expect(briefA1.wordTarget).toBe(1200)
    expect(saved.outline).toEqual({ ...validSamples.outline, totalWordTarget: 1200 })
    expect(saved.seoReview).toEqual(validSamples.seoReview)
    expect(saved.faq).toHaveLength(10)
    expect(saved.eeat).toHaveLength(12)
    expect(saved.imagePlan).toHaveLength(6)
    expect((saved.social as { twitterThread: unknown[] }).twitterThread).toHaveLength(4)
    expect(saved.internalLinks).toHaveLength(1)
  })
})
