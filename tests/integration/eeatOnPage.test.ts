/**
 * Unverified or incomplete E-E-A-T items never block a publish and never reach the public page: an
 * editor (no admin, no override) publishes an article whose ledger mixes checked and unchecked
 * items, and readers get only the verified, complete ones, on the page and in the JSON-LD.
 */
import type { Payload } from 'payload'

import type { GateArticle } from '../../src/gate/types.js'

import { articleEvidence } from '../../dev/lib/articleEvidence.js'
import { findArticle } from '../../dev/lib/articles.js'
import { runPublishChecks } from '../../src/gate/runPublishChecks.js'
import { ArticleEvidence } from '../../src/frontend/ArticleEvidence.js'
import { getPromptKitOptions } from '../../src/pluginOptions.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { createPublishableBrief, publishableArticle, publishableKeyword } from '../support/publishableArticle.js'
import { loginToken, restRequest } from '../support/rest.js'
import { createUser, startTestPayload, stopTestPayload } from '../support/testPayload.js'
import { render } from '../unit/frontend/render.js'

reportSkippedDatabases()

type Doc = Record<string, any> & { id: number | string }

const shownQuote = {
  attribution: 'Jez Humble, co-author of Continuous Delivery',
  kind: 'quote',
  sourceUrl: 'https://continuousdelivery.com/',
  text: 'Continuous delivery is the ability to get changes into production safely and quickly.',
  verified: true,
}
const shownNote = { kind: 'experience', text: 'Moving to CI halved our failed releases.', verified: true }
/** As the eeat phase stores them, plus one an editor ticked without completing it. */
const heldBack = [
  { attribution: '[Name], Lead engineer at [Company]', kind: 'quote', sourceUrl: null, text: 'Suggested: start small.', verified: false },
  { attribution: 'Martin Fowler', kind: 'quote', sourceUrl: null, text: 'Verified but unsourced words.', verified: true },
  { attribution: 'Example Research, 2024', kind: 'study', sourceUrl: 'https://example.org/r', text: 'Unchecked statistic.', verified: false },
  { kind: 'experience', text: 'In [X] weeks we cut failures by [Y]%.', verified: true },
]

describe.each(databasesUnderTest())('E-E-A-T items on the page on %s', (db) => {
  let payload: Payload
  let editorToken: string
  let published: Doc

  beforeAll(async () => {
    payload = await startTestPayload({
      db,
      plugin: { llm: { baseURL: 'http://127.0.0.1:9/v1', model: 'unused' }, seedDefaultKit: false },
    })
    await createUser(payload, `editor-${db}@example.com`)
    editorToken = await loginToken(payload, `editor-${db}@example.com`)
    const brief = await createPublishableBrief(payload)
    const draft = (await payload.create({
      collection: 'articles',
      data: publishableArticle({ brief: brief.id, eeat: [heldBack[0], shownQuote, ...heldBack.slice(1), shownNote], slug: 'evidence' }),
      draft: true,
    })) as Doc
    const response = await restRequest(payload, 'PATCH', `/articles/${draft.id}`, {
      body: { _status: 'published' },
      token: editorToken,
    })
    expect(response.status).toBe(200)
    published = (await payload.findByID({ collection: 'articles', depth: 0, id: draft.id })) as Doc
  })
  afterAll(() => stopTestPayload(payload))

  it('publishes for an editor without override, keeping every item in the ledger', () => {
    expect(published._status).toBe('published')
    expect(published.publishOverride?.reason ?? null).toBeNull()
    expect(published.eeat.map((item: Doc) => item.text)).toEqual(
      [heldBack[0], shownQuote, ...heldBack.slice(1), shownNote].map((item) => item.text),
    )
  })

  it('lists what the page leaves out as warnings, by kind and reason', async () => {
    const report = await runPublishChecks(published as GateArticle, { primaryKeyword: publishableKeyword, resolveLinks: async () => new Set() })
    expect(report.errors).toEqual([])
    expect(report.warnings.map((w) => [w.id, w.message.split('.')[0]])).toEqual([
      ['eeat-quotes', '2 expert quotes not used: no source URL, 1 not verified, 1 placeholder left'],
      ['eeat-studies', '1 study not used: not verified'],
      ['eeat-experience', '1 experience note not used: placeholder left'],
    ])
  })

  it('shows readers only the verified, complete items, and cites only those in the JSON-LD', async () => {
    const options = getPromptKitOptions(payload)
    const site = {
      articlePath: options.site.articlePath,
      articlesCollection: options.articles.collection,
      mediaCollection: options.mediaCollection,
      siteUrl: options.site.url,
      slugs: options.slugs,
    }
    const shown = await findArticle(payload as never, site, 'evidence', null)
    // Readers cannot read the ledger itself…
    expect(shown!.eeat ?? []).toEqual([])
    // …the site reads it for them and keeps what may be shown.
    const evidence = await articleEvidence(payload as never, site, shown!, null)
    expect(evidence.map((item) => item.text)).toEqual([shownQuote.text, shownNote.text])
    const html = render(ArticleEvidence, { items: evidence })
    expect(html).toContain(shownQuote.text)
    expect(html).toContain(shownNote.text)
    for (const item of heldBack) expect(html).not.toContain(item.text)

    const citations = (shown!.jsonLd as { '@graph': Array<{ citation?: Array<{ url: string }> }> })['@graph'][0]!.citation
    expect(citations?.map((c) => c.url)).toEqual([shownQuote.sourceUrl])
    expect(JSON.stringify(shown!.jsonLd)).not.toMatch(/Suggested|unsourced|Unchecked|\[X\]/)
  })
})
