import type { RecordedRequest } from '../support/fakeOpenAI.js'

import { articleSections } from '../../src/backlinks/articleSections.js'
import { askBacklink, backlinkClaim } from '../../src/backlinks/askBacklink.js'
import { BACKLINKS_TASK } from '../../src/backlinks/backlinksTask.js'
import { publishedInternalLinks } from '../../src/frontend/internalLinks.js'
import { createLlmClient } from '../../src/llm/index.js'
import { getPromptKitOptions } from '../../src/pluginOptions.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { FAKE_MODEL, phaseOfRequest, pipelineResponder, SECRET_API_KEY } from '../support/pipelineFixtures.js'
import { pipelineSuite } from '../support/pipelineSuite.js'
import { publishableArticle, publishableKeyword } from '../support/publishableArticle.js'
import { restRequest } from '../support/rest.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }

/** What the fake model answers for each existing article, told apart by the title in the prompt. */
const anchors: Record<string, null | string> = {
  Alpha: 'GitHub Actions covers both',
  Gamma: 'a phrase this article never uses',
}

const backlinkAnswer = (req: RecordedRequest) => {
  const prompt = JSON.stringify(req.body.messages)
  const name = Object.keys(anchors).find((key) => prompt.includes(`The existing article \\"${key}`))
  return {
    content: JSON.stringify({
      anchorText: name ? anchors[name] : null,
      reason: 'Readers comparing tools want it.',
    }),
    usage: { cached_tokens: 0, completion_tokens: 20, prompt_tokens: 300 },
  }
}

describe.each(databasesUnderTest())('backlink proposals on %s', (db) => {
  const suite = pipelineSuite(db, { plugin: { refine: false }, users: ['editor'] })

  const latest = async (id: Doc['id']) =>
    (await suite.payload.findByID({ collection: 'articles', depth: 0, draft: true, id })) as Doc
  const publish = (id: Doc['id']) =>
    suite.payload.update({ collection: 'articles', data: { _status: 'published' }, depth: 0, id })
  const runBacklinkJobs = () =>
    suite.payload.jobs.run({ sequential: true, where: { taskSlug: { equals: BACKLINKS_TASK } } })
  const backlinkRequests = () => suite.fake.requests.filter((req) => phaseOfRequest(req) === 'backlink')
  /** The generations of the questions about links to `target`. */
  const backlinkGenerations = async (target: Doc['id']) =>
    (
      await suite.payload.find({
        collection: 'generations',
        depth: 0,
        limit: 0,
        pagination: false,
        where: {
          and: [{ phase: { equals: 'backlinks' } }, { run: { like: `backlinks:${String(target)}->` } }],
        },
      })
    ).docs as Doc[]

  let map: Doc
  let articles: Record<'Alpha' | 'Beta' | 'Delta' | 'Gamma' | 'New', Doc>

  beforeAll(async () => {
    const { payload } = suite
    map = (await payload.create({
      collection: 'topical-maps',
      data: { pillarTitle: 'CI vs CD', title: `Backlinks ${db}` },
    })) as Doc
    const article = async (name: string, overrides: Record<string, unknown> = {}) => {
      const brief = (await payload.create({
        collection: 'briefs',
        data: { primaryKeyword: publishableKeyword, title: `${name} brief ${db}`, topicalMap: map.id },
      })) as Doc
      return (await payload.create({
        collection: 'articles',
        data: publishableArticle({
          brief: brief.id,
          slug: `${name.toLowerCase()}-${db}`,
          title: `${name}: CI vs CD`,
          ...overrides,
        }),
        depth: 0,
        draft: true,
      })) as Doc
    }
    const created = { New: await article('New') } as typeof articles
    created.Alpha = await article('Alpha')
    // Links to the new article already (a row that waits until it is published).
    created.Beta = await article('Beta', {
      internalLinks: [{ anchorText: 'the new one', article: created.New.id }],
    })
    created.Gamma = await article('Gamma')
    created.Delta = await article('Delta') // stays a draft: never asked
    for (const name of ['Alpha', 'Beta', 'Gamma'] as const) await publish(created[name].id)
    // Their own publishes asked the ones published before them; here nothing fits.
    suite.script = pipelineResponder({
      backlink: () => ({ content: JSON.stringify({ anchorText: null, reason: 'No sentence fits.' }) }),
    })
    await runBacklinkJobs()
    articles = created
  })

  it('publishing an article asks each published sibling once and proposes a link on a phrase already in its text', async () => {
    suite.script = pipelineResponder({ backlink: backlinkAnswer })
    const before = backlinkRequests().length
    expect(before).toBe(6) // in beforeAll: each of Alpha, Beta, Gamma asked the other two

    await publish(articles.New.id)
    await runBacklinkJobs()

    // Alpha and Gamma are asked; Beta links already, Delta is a draft.
    const asked = backlinkRequests()
      .slice(before)
      .map((req) => (/The existing article \\"(\w+)/.exec(JSON.stringify(req.body.messages)) ?? [])[1])
    expect(asked.sort()).toEqual(['Alpha', 'Gamma'])
    const generations = await backlinkGenerations(articles.New.id)
    expect(generations.map((g) => [String(g.article), g.status, g.promptTokens, g.completionTokens])).toEqual(
      expect.arrayContaining([
        [String(articles.Alpha.id), 'succeeded', 300, 20],
        [String(articles.Gamma.id), 'succeeded', 300, 20],
      ]),
    )
    expect(generations.every((g) => Number(g.cost) > 0)).toBe(true)

    const alpha = await latest(articles.Alpha.id)
    const proposals = alpha.proposals as Doc[]
    expect(proposals.map((p) => [p.phase, p.field])).toEqual([
      [`backlink-to-${String(articles.New.id)}`, 'internalLinks'],
    ])
    const added = (proposals[0]!.value as Doc[]).find(
      (row) => String(row.article) === String(articles.New.id),
    )
    expect(added).toMatchObject({
      anchorText: 'GitHub Actions covers both',
      newArticle: `New: CI vs CD (/articles/new-${db})`,
      placement: 'Choosing tools',
    })
    expect(articleSections(alpha).some((s) => s.text.includes(String(added!.anchorText)))).toBe(true)
    // Never written into the field itself.
    expect(alpha.internalLinks).toEqual([])

    // Gamma's answer is not in its text: recorded, and no proposal.
    expect((await latest(articles.Gamma.id)).proposals).toEqual([])
    expect(generations).toHaveLength(2)
    const gamma = generations.find((g) => String(g.article) === String(articles.Gamma.id))
    expect(String((gamma!.validationErrors as string[])[0])).toMatch(/not in the article word for word/)
  })

  it('publishing the article again asks nobody again and duplicates nothing', async () => {
    suite.script = pipelineResponder({ backlink: backlinkAnswer })
    const before = backlinkRequests().length
    await suite.payload.update({
      collection: 'articles',
      data: { title: 'New: CI vs CD, revised' },
      depth: 0,
      draft: true,
      id: articles.New.id,
    })
    await publish(articles.New.id)
    await runBacklinkJobs()
    expect(backlinkRequests().length).toBe(before)
    expect(((await latest(articles.Alpha.id)).proposals as Doc[]).length).toBe(1)
    expect((await backlinkGenerations(articles.New.id)).length).toBe(2)
  })

  it('Accept adds the link to the rows as they are, and the published page links to the new article', async () => {
    const phase = `backlink-to-${String(articles.New.id)}`
    const response = await restRequest(
      suite.payload,
      'POST',
      `/articles/${String(articles.Alpha.id)}/proposals/${phase}/accept`,
      { token: suite.tokens.editor },
    )
    expect(response.status).toBe(200)
    const alpha = await latest(articles.Alpha.id)
    expect(alpha.proposals).toEqual([])
    expect(
      (alpha.internalLinks as Doc[]).map((row) => [String(row.article), row.anchorText, row.placement]),
    ).toEqual([[String(articles.New.id), 'GitHub Actions covers both', 'Choosing tools']])
    // Accepting again finds nothing to accept.
    expect(
      (
        await restRequest(
          suite.payload,
          'POST',
          `/articles/${String(articles.Alpha.id)}/proposals/${phase}/accept`,
          { token: suite.tokens.editor },
        )
      ).status,
    ).toBe(404)

    await publish(articles.Alpha.id)
    const { docs } = await suite.payload.find({
      collection: 'articles',
      depth: 1,
      overrideAccess: false,
      where: { slug: { equals: `alpha-${db}` } },
    })
    expect(publishedInternalLinks((docs[0] as Doc).internalLinks as never)).toEqual([
      { anchorText: 'GitHub Actions covers both', href: `/articles/new-${db}`, placement: 'Choosing tools' },
    ])
  })

  it('asks again when an earlier question died with its process, never while one is alive', async () => {
    const { payload } = suite
    suite.script = pipelineResponder({ backlink: backlinkAnswer })
    const ask = async () =>
      askBacklink({
        client: createLlmClient({ apiKey: SECRET_API_KEY, baseURL: suite.fake.baseURL, model: FAKE_MODEL }),
        model: FAKE_MODEL,
        source: { article: await latest(articles.Gamma.id), text: 'GitHub Actions covers both.' },
        store: { options: getPromptKitOptions(payload), payload },
        target: { id: 'elsewhere', path: '/articles/elsewhere', title: 'Elsewhere' },
      })
    const run = backlinkClaim('elsewhere', articles.Gamma.id)
    const held = (await payload.create({
      collection: 'generations',
      data: {
        article: articles.Gamma.id,
        leaseExpiresAt: new Date(Date.now() + 60_000).toISOString(),
        phase: 'backlinks',
        run,
        runAttempt: 1,
        status: 'running',
      },
    })) as Doc
    expect((await ask()).status).toBe('asked-before')

    await payload.update({
      collection: 'generations',
      data: { leaseExpiresAt: new Date(Date.now() - 1_000).toISOString() },
      id: held.id,
    })
    expect((await ask()).status).toBe('answered')
    const { docs } = await payload.find({
      collection: 'generations',
      depth: 0,
      sort: 'runAttempt',
      where: { run: { equals: run } },
    })
    expect(docs.map((g) => [g.runAttempt, g.status])).toEqual([
      [1, 'failed'],
      [2, 'succeeded'],
    ])
  })
})
