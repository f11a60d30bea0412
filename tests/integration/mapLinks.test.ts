import { createLocalReq } from 'payload'

import { publishedInternalLinks } from '../../src/frontend/internalLinks.js'
import { generateArticle } from '../../src/generateArticle.js'
import { runPendingPipelines } from '../../src/jobs/runPendingPipelines.js'
import { getPromptKitOptions } from '../../src/pluginOptions.js'
import { articleChecks } from '../../src/refine/articleChecks.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { createArticle, createBriefWithSibling, phaseOfRequest } from '../support/pipelineFixtures.js'
import { pipelineSuite } from '../support/pipelineSuite.js'
import {
  createPublishableBrief,
  heading,
  linkParagraph,
  paragraph,
  publishableArticle,
  richText,
} from '../support/publishableArticle.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }

describe.each(databasesUnderTest())('links across a topical map on %s', (db) => {
  const suite = pipelineSuite(db, { plugin: { backlinks: false, refine: false }, users: ['editor'] })
  let n = 0

  const latest = async (id: Doc['id']) =>
    (await suite.payload.findByID({ collection: 'articles', depth: 0, draft: true, id })) as Doc
  /** The article as the public page reads it: published version, anonymous, relationships populated. */
  const pageData = async (slug: string) => {
    const { docs } = await suite.payload.find({
      collection: 'articles',
      depth: 1,
      overrideAccess: false,
      where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    })
    return docs[0] as Doc | undefined
  }
  // One brief for the publishable articles (briefs have unique slugs): its keyword is the one they pass the gate with.
  let publishableBrief: { id: Doc['id'] } | undefined
  const sharedBrief = async () => (publishableBrief ??= await createPublishableBrief(suite.payload))
  const publish = (id: Doc['id']) =>
    suite.payload.update({ collection: 'articles', data: { _status: 'published' }, depth: 0, id })
  const createPublishable = async (brief: Doc['id'], overrides: Record<string, unknown>) =>
    (await suite.payload.create({
      collection: 'articles',
      data: publishableArticle({ brief, ...overrides }),
      depth: 0,
      draft: true,
    })) as Doc

  it('lists every article of the map in the internal-links prompt (pillar marked, unpublished too) and keeps a link to an unpublished one', async () => {
    const suffix = `${db}-m${++n}`
    const { brief, map, sibling } = await createBriefWithSibling(suite.payload, suffix)
    await suite.payload.update({
      collection: 'topical-maps',
      data: { pillarBrief: sibling.brief },
      id: map.id,
    })
    const article = await createArticle(suite.payload, brief)

    await generateArticle(suite.payload, { article: article.id, phases: ['internalLinks'] })
    await runPendingPipelines(suite.payload)

    const prompt = suite.fake.requests.find((req) => phaseOfRequest(req) === 'internalLinks')
    expect(JSON.stringify(prompt?.body.messages)).toContain(
      `Choosing a CI service ${suffix} (choosing-a-ci-service-${suffix}) [pillar, not published yet]`,
    )
    const links = (await latest(article.id)).internalLinks as Doc[]
    expect(links.map((row) => [String(row.article), row.anchorText])).toEqual([
      [String(sibling.id), 'choosing a CI service'],
    ])
  })

  it('publishes with a row to an unpublished article (a warning) and renders it only once that article is published', async () => {
    const suffix = `${db}-r${++n}`
    const brief = await sharedBrief()
    const target = await createPublishable(brief.id, { slug: `target-${suffix}` })
    const linking = await createPublishable(brief.id, {
      internalLinks: [
        { anchorText: 'how to pick a CI service', article: target.id, placement: 'Choosing tools' },
      ],
      slug: `linking-${suffix}`,
    })

    const req = await createLocalReq({}, suite.payload)
    const report = await articleChecks(req, getPromptKitOptions(suite.payload), await latest(linking.id))
    expect(report.ok).toBe(true)
    expect(report.warnings.find((w) => w.id === 'internal-links-waiting')?.message).toMatch(
      /^1 link waits for its target to be published/,
    )

    await publish(linking.id)
    const before = await pageData(`linking-${suffix}`)
    expect(before?._status).toBe('published')
    expect(before?.internalLinks).toHaveLength(1)
    expect(publishedInternalLinks(before?.internalLinks as never)).toEqual([])

    await publish(target.id)
    expect(publishedInternalLinks((await pageData(`linking-${suffix}`))?.internalLinks as never)).toEqual([
      {
        anchorText: 'how to pick a CI service',
        href: `/articles/target-${suffix}`,
        placement: 'Choosing tools',
      },
    ])
  })

  it('still refuses a link in the text to a draft, which would not be a link on the page', async () => {
    const suffix = `${db}-b${++n}`
    const brief = await sharedBrief()
    const draft = await createPublishable(brief.id, { slug: `draft-${suffix}` })
    const body = richText(
      heading('h2', 'CI vs CD in a Python project'),
      paragraph('Continuous integration runs the tests.'),
      linkParagraph('read this next', 'articles', draft.id),
    )
    const linking = await createPublishable(brief.id, { body, slug: `body-${suffix}` })

    await expect(publish(linking.id)).rejects.toMatchObject({
      failures: [expect.objectContaining({ id: 'internal-links-published', path: 'body' })],
    })
    expect((await latest(linking.id))._status).toBe('draft')
  })
})
