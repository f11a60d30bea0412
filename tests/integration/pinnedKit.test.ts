import type { Payload } from 'payload'

import { generateArticle } from '../../src/generateArticle.js'
import { runPendingPipelines } from '../../src/jobs/runPendingPipelines.js'
import { defaultKit } from '../../src/kit/defaultKit.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { graphqlRequest } from '../support/graphql.js'
import { createBriefWithSibling } from '../support/pipelineFixtures.js'
import { pipelineSuite } from '../support/pipelineSuite.js'
import { restRequest } from '../support/rest.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }
type Phase = { id?: string; key: string; template: string }

const MARKER = 'Mention the second kit revision.'

describe.each(databasesUnderTest())('runs pinned to a kit version on %s', (db) => {
  const suite = pipelineSuite(db, { users: ['editor'] })
  let payload: Payload
  beforeAll(() => {
    payload = suite.payload
  })

  const introductionPrompt = async (articleId: Doc['id'], runId: string) => {
    const { docs } = await payload.find({
      collection: 'generations',
      depth: 0,
      where: { and: [{ article: { equals: articleId } }, { phase: { equals: 'introduction' } }, { run: { equals: runId } }] },
    })
    const generation = docs[0] as Doc
    return { generation, user: String((generation.messages as { content: string }[])[1]!.content) }
  }

  /** A kit whose introduction template changed after its first version, and a brief that uses it. */
  const pinnableKit = async (name: string) => {
    const original = (await payload.find({ collection: 'prompt-kits', where: { slug: { equals: defaultKit.slug } } })).docs[0] as Doc
    const kit = (await payload.create({
      collection: 'prompt-kits',
      data: { name: `Pinned kit ${name}`, phases: (original.phases as Phase[]).map(({ id: _id, ...p }) => p), slug: `pinned-kit-${name}` },
    })) as Doc
    const firstVersion = (await payload.findVersions({ collection: 'prompt-kits', limit: 1, sort: '-updatedAt', where: { parent: { equals: kit.id } } })).docs[0]!
    await payload.update({
      collection: 'prompt-kits',
      data: {
        phases: (kit.phases as Phase[]).map((p) => (p.key === 'introduction' ? { ...p, template: `${p.template}\n\n${MARKER}` } : p)),
      },
      id: kit.id,
    })
    const { brief } = await createBriefWithSibling(payload, name)
    await payload.update({ collection: 'briefs', data: { kit: kit.id }, id: brief.id })
    return { brief, firstVersion }
  }

  it('generates with the kit as saved in an earlier version, and records that version', async () => {
    const { brief, firstVersion } = await pinnableKit('pin')
    const pinned = await generateArticle(payload, { brief: brief.id, kitVersion: firstVersion.id })
    await runPendingPipelines(payload)
    const old = await introductionPrompt(pinned.articleId, pinned.runId)
    expect(old.generation.status).toBe('succeeded')
    expect(old.user).not.toContain(MARKER)
    expect(String(old.generation.kitVersion)).toBe(String(firstVersion.id))
    const article = (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: pinned.articleId })) as Doc
    expect((article.run as { kitVersion?: string }).kitVersion).toBe(String(firstVersion.id))
    const { finishedAt, startedAt } = article.run as { finishedAt?: null | string; startedAt?: null | string }
    expect(startedAt).toEqual(expect.any(String))
    expect(Date.parse(startedAt!)).toBeLessThanOrEqual(Date.parse(finishedAt!))

    const current = await generateArticle(payload, { article: pinned.articleId, force: true, phases: ['introduction'] })
    await runPendingPipelines(payload)
    const now = await introductionPrompt(pinned.articleId, current.runId)
    expect(now.user).toContain(MARKER)
    expect(String(now.generation.kitVersion)).not.toBe(String(firstVersion.id))
  })

  it('refuses a version that does not exist with a 400 naming it', async () => {
    const { brief } = await createBriefWithSibling(payload, 'nover')
    const missing = db === 'mongodb' ? '000000000000000000000000' : 987654
    await expect(generateArticle(payload, { brief: brief.id, kitVersion: missing })).rejects.toMatchObject({
      message: expect.stringContaining(String(missing)),
      status: 400,
    })
  })

  it('takes kitVersion over REST and GraphQL, and names it when it does not exist', async () => {
    const { brief, firstVersion } = await pinnableKit('api')
    const token = suite.tokens.editor
    const rest = await restRequest(payload, 'post', `/briefs/${String(brief.id)}/generate`, { body: { kitVersion: firstVersion.id }, token })
    expect(rest.status).toBe(202)
    const started = (await rest.json()) as { articleId: Doc['id']; runId: string }
    await runPendingPipelines(payload)
    const viaRest = await introductionPrompt(started.articleId, started.runId)
    expect(viaRest.user).not.toContain(MARKER)
    expect(String(viaRest.generation.kitVersion)).toBe(String(firstVersion.id))

    const mutation = 'mutation ($article: ID, $kitVersion: ID) { generateArticle(article: $article, phases: ["introduction"], force: true, kitVersion: $kitVersion) { runId } }'
    const gql = await graphqlRequest(payload, mutation, { token, variables: { article: String(started.articleId), kitVersion: String(firstVersion.id) } })
    expect(gql.body.errors).toBeUndefined()
    await runPendingPipelines(payload)
    const viaGraphQL = await introductionPrompt(started.articleId, gql.body.data!.generateArticle.runId as string)
    expect(String(viaGraphQL.generation.kitVersion)).toBe(String(firstVersion.id))

    const missing = db === 'mongodb' ? '000000000000000000000000' : 987654
    const bad = await restRequest(payload, 'post', `/articles/${String(started.articleId)}/generate`, { body: { kitVersion: missing }, token })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({ errors: [{ field: 'kitVersion', message: expect.stringContaining(String(missing)) }] })
    const empty = await restRequest(payload, 'post', `/articles/${String(started.articleId)}/generate`, { body: { kitVersion: '' }, token })
    expect(empty.status).toBe(400)
    expect(JSON.stringify(await empty.json())).toContain('kitVersion')
  })
})
