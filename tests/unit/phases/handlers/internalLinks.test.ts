import type { Payload, PayloadRequest } from 'payload'

import { describe, expect, it } from '@jest/globals'

import type { PhaseContext } from '../../../../src/phases/index.js'

import { internalLinksHandler } from '../../../../src/phases/internalLinks.js'
import { testOptions } from './context.js'

type FindArgs = { collection: string; depth?: number; draft?: boolean; id?: unknown; req?: unknown; where?: unknown }

/** A payload whose `find` and `findByID` answer from fixed docs per collection and record every call. */
const fakePayload = (docs: Record<string, Record<string, unknown>[]>) => {
  const calls: FindArgs[] = []
  const payload = {
    find: async (args: FindArgs) => {
      calls.push(args)
      return { docs: docs[args.collection] ?? [] }
    },
    findByID: async (args: FindArgs) => {
      calls.push(args)
      return (docs[args.collection] ?? []).find((doc) => doc.id === args.id) ?? null
    },
  } as unknown as Payload
  return { calls, payload }
}

const req = { marker: 'the request' } as unknown as PayloadRequest

const context = (payload: Payload, topicalMap: unknown): PhaseContext => ({
  article: { id: 'self', slug: 'this-article' },
  brief: { id: 'b1', topicalMap },
  options: testOptions,
  payload,
  req,
})

const link = (targetSlug: string, anchorText = 'anchor words') => ({
  targetSlug,
  anchorText,
  placement: 'Basics',
  reason: 'Useful next read.',
})

describe('internalLinks handler', () => {
  it('resolves slugs among articles of the same topical map, drafts included, and drops the rest', async () => {
    const { calls, payload } = fakePayload({
      articles: [
        { id: 'a2', slug: 'pillar-guide' },
        { id: 'a3', slug: 'sibling' },
      ],
      briefs: [{ id: 'b1' }, { id: 'b2' }],
      'topical-maps': [{ id: 'map1' }],
    })
    const output = { links: [link('pillar-guide', 'complete guide'), link('/articles/sibling/'), link('made-up')] }
    const { data, warnings } = await internalLinksHandler.toArticleData(output, context(payload, { id: 'map1' }))

    expect(data).toEqual({
      internalLinks: [
        { article: 'a2', anchorText: 'complete guide', placement: 'Basics' },
        { article: 'a3', anchorText: 'anchor words', placement: 'Basics' },
      ],
    })
    expect(warnings).toEqual(['link to made-up dropped: no such article in this topical map'])
    // The map's briefs, then its articles (latest versions and published ones), never the article itself.
    const query = (collection: string) => calls.filter((call) => call.collection === collection)
    expect(query('topical-maps').map((call) => call.id)).toEqual(['map1'])
    expect(query('briefs').map((call) => [call.req, call.where])).toEqual([[req, { topicalMap: { equals: 'map1' } }]])
    expect(query('articles').length).toBeGreaterThan(0)
    for (const call of query('articles')) {
      // ownReq(req): a view of the caller's request (its user, locale), not the same object.
      expect(call.req).toEqual(req)
      expect((call.where as { and: unknown[] }).and).toEqual(expect.arrayContaining([{ brief: { in: ['b1', 'b2'] } }, { id: { not_equals: 'self' } }]))
    }
  })

  it('drops every link when the brief has no topical map, without querying', async () => {
    const { calls, payload } = fakePayload({})
    const { data, warnings } = await internalLinksHandler.toArticleData({ links: [link('x')] }, context(payload, null))
    expect(data).toEqual({ internalLinks: [] })
    expect(warnings).toEqual(['link to x dropped: no such article in this topical map'])
    expect(calls).toEqual([])
  })

  it('stores an empty list when the model suggests none', async () => {
    const { calls, payload } = fakePayload({})
    expect(await internalLinksHandler.toArticleData({ links: [] }, context(payload, 5))).toEqual({
      data: { internalLinks: [] },
      warnings: [],
    })
    expect(calls).toEqual([])
  })

  it('gives later prompts pretty-printed JSON', () => {
    const output = { links: [link('a')] }
    expect(internalLinksHandler.toPromptText(output)).toBe(JSON.stringify(output, null, 2))
  })
})
