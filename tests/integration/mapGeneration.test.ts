import type { Payload } from 'payload'

import type { GenerateTopicalMapResult } from '../../src/maps/generateTopicalMap.js'
import type { MapProgress } from '../../src/maps/mapProgress.js'

import { runPendingPipelines } from '../../src/jobs/runPendingPipelines.js'
import { generateTopicalMap } from '../../src/maps/generateTopicalMap.js'
import { getMapProgress } from '../../src/maps/mapProgress.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { graphqlRequest } from '../support/graphql.js'
import { createMapWithBriefs } from '../support/mapFixtures.js'
import { pipelineSuite } from '../support/pipelineSuite.js'
import { restRequest } from '../support/rest.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }

const idsOf = (entries: { brief: number | string }[]) => entries.map((entry) => String(entry.brief))

describe.each(databasesUnderTest())('generating a topical map, on %s', (db) => {
  const suite = pipelineSuite(db, {
    // The viewer may read maps but not generate (access.generate), so REST and GraphQL answer 403.
    plugin: { access: { generate: ({ req }) => (req.user as { name?: string } | null)?.name !== 'viewer' } },
    users: ['editor', 'viewer'],
  })
  let payload: Payload
  let n = 0
  beforeAll(() => {
    payload = suite.payload
  })
  const fixture = () => createMapWithBriefs(payload, `${db}${++n}`)

  /** Run queued generation jobs until none is left. */
  const runAll = async () => {
    for (let i = 0; i < 10; i++) {
      const result = await runPendingPipelines(payload)
      if (result.noJobsRemaining) return
    }
  }

  it('queues the pillar first, then the content groups in the map’s order, and the pillar’s run starts first', async () => {
    const { briefs, map } = await fixture()
    const result = await generateTopicalMap(payload, { topicalMap: map.id })

    const expected = [briefs.pillar, briefs.clusterB, briefs.clusterA].map((b) => String(b.id))
    expect(idsOf(result.queued)).toEqual(expected)
    expect(result.skipped).toEqual([])
    expect(idsOf(result.batch!.entries)).toEqual(expected)
    expect(result.batch!.entries.map((e) => e.status)).toEqual(['queued', 'queued', 'queued'])
    expect(result.forecast.articles.map((a) => [String(a.brief), a.isPillar])).toEqual([
      [expected[0], true],
      [expected[1], false],
      [expected[2], false],
    ])

    // Payload's runner takes the oldest job first: one job, and it is the pillar's.
    suite.fake.requests.length = 0
    await payload.jobs.run({ limit: 1, sequential: true })
    const firstPrompt = JSON.stringify(suite.fake.requests[0]?.body?.messages ?? [])
    expect(firstPrompt).toContain(String(briefs.pillar.title))
    const pillarArticle = (await payload.findByID({
      collection: 'articles',
      depth: 0,
      draft: true,
      id: result.queued[0]!.article,
    })) as Doc
    expect((pillarArticle.run as { status: string }).status).toBe('succeeded')
    const clusterArticle = (await payload.findByID({
      collection: 'articles',
      depth: 0,
      draft: true,
      id: result.queued[1]!.article,
    })) as Doc
    expect((clusterArticle.run as { status: string }).status).toBe('queued')
    await runAll()
  })

  it('reports every article’s progress once the runs complete: status, phases done, cost', async () => {
    const { map } = await fixture()
    const { batch, queued } = await generateTopicalMap(payload, { topicalMap: map.id })
    const before = await getMapProgress(payload, { topicalMap: map.id })
    expect(before.totals).toMatchObject({ articles: 3, queued: 3, succeeded: 0 })
    expect(before.finished).toBe(false)
    await runAll()

    const res = await restRequest(payload, 'get', `/topical-maps/${map.id}/generation`, {
      token: suite.tokens.editor,
    })
    expect(res.status).toBe(200)
    const progress = (await res.json()) as MapProgress
    expect(progress.batch).toEqual({ createdAt: batch!.createdAt, id: batch!.id })
    expect(progress.finished).toBe(true)
    expect(progress.articles.map((a) => a.status)).toEqual(['succeeded', 'succeeded', 'succeeded'])
    for (const [index, article] of progress.articles.entries()) {
      expect(article.phasesTotal).toBe(queued[index]!.phases.length)
      expect(article.phasesDone).toBe(article.phasesTotal)
    }
    // The fake charges 400 prompt + 200 completion tokens per call at $1 / $2 per million.
    const calls = queued.reduce((sum, entry) => sum + entry.phases.length, 0)
    expect(progress.totals).toMatchObject({
      articles: 3,
      failed: 0,
      phasesDone: calls,
      succeeded: 3,
      tokens: calls * 600,
    })
    expect(progress.totals.cost).toBeCloseTo((calls * (400 * 1 + 200 * 2)) / 1e6, 10)
  })

  it('stops queueing at the budget: the rest are skipped for the budget, in order; spending so far counts', async () => {
    const { briefs, map } = await fixture()
    const dry = await generateTopicalMap(payload, { dryRun: true, topicalMap: map.id })
    expect(dry.batch).toBeNull()
    const [pillar, second] = dry.forecast.articles
    // Room for the pillar and half of the next article.
    const maxCostUsd = pillar!.cost + second!.cost / 2
    const result = await generateTopicalMap(payload, { budget: { maxCostUsd }, topicalMap: map.id })
    expect(idsOf(result.queued)).toEqual([String(briefs.pillar.id)])
    expect(idsOf(result.skipped)).toEqual([String(briefs.clusterB.id), String(briefs.clusterA.id)])
    expect(result.skipped.map((s) => s.reason)).toEqual(['budget', 'budget'])
    expect(result.skipped[0]!.message).toMatch(/^Map budget reached: \$/)
    expect(result.batch!.budget).toMatchObject({
      maxCostUsd,
      source: 'call',
      spentBefore: { cost: 0, tokens: 0 },
    })
    expect(result.forecast.totals.articles).toBe(1)
    await runAll()

    // The pillar spent (400 + 200×2)/1e6 per call, which counts although only cluster B is named.
    const again = await generateTopicalMap(payload, {
      briefs: [briefs.clusterB.id],
      budget: { maxCostUsd: second!.cost / 2 },
      topicalMap: map.id,
    })
    expect(again.queued).toEqual([])
    expect(again.skipped.map((s) => s.reason)).toEqual(['budget'])
    expect(again.batch!.budget!.spentBefore.cost).toBeCloseTo(
      (result.queued[0]!.phases.length * 800) / 1e6,
      10,
    )
    expect(again.batch!.budget!.spentBefore.tokens).toBe(result.queued[0]!.phases.length * 600)
  })

  it('uses the map’s default budget when the call gives none, and skips briefs whose article has an active run', async () => {
    const { briefs, map } = await fixture()
    const dry = await generateTopicalMap(payload, { dryRun: true, topicalMap: map.id })
    const maxTokens = dry.forecast.articles[0]!.tokens + dry.forecast.articles[1]!.tokens
    await payload.update({
      collection: 'topical-maps',
      data: { generationBudget: { maxTokens } },
      id: map.id,
    })
    const first = await generateTopicalMap(payload, { topicalMap: map.id })
    expect(idsOf(first.queued)).toEqual([String(briefs.pillar.id), String(briefs.clusterB.id)])
    expect(first.skipped.map((s) => [String(s.brief), s.reason])).toEqual([
      [String(briefs.clusterA.id), 'budget'],
    ])
    expect(first.batch!.budget).toMatchObject({ maxTokens, source: 'map' })

    // The two runs are still queued: a second batch leaves them out, saying why.
    const second = await generateTopicalMap(payload, {
      budget: { maxTokens: 10_000_000 },
      topicalMap: map.id,
    })
    expect(idsOf(second.queued)).toEqual([String(briefs.clusterA.id)])
    expect(second.skipped.map((s) => [String(s.brief), s.reason])).toEqual([
      [String(briefs.pillar.id), 'active'],
      [String(briefs.clusterB.id), 'active'],
    ])
    expect(second.skipped[0]!.message).toContain(first.queued[0]!.run)
    await runAll()
  })

  describe('REST', () => {
    const post = (mapId: unknown, body: unknown, token?: string) =>
      restRequest(payload, 'post', `/topical-maps/${String(mapId)}/generate`, { body, token })

    it('202 with the forecast and the batch; dryRun 200 with the forecast only, nothing queued', async () => {
      const { briefs, map } = await fixture()
      const dry = await post(map.id, { dryRun: true }, suite.tokens.editor)
      expect(dry.status).toBe(200)
      const dryBody = (await dry.json()) as Record<string, unknown>
      expect(Object.keys(dryBody).sort()).toEqual(['forecast', 'queued', 'skipped'])
      expect((dryBody.forecast as GenerateTopicalMapResult['forecast']).totals.articles).toBe(3)
      expect(
        (await payload.count({ collection: 'articles', where: { brief: { equals: briefs.pillar.id } } }))
          .totalDocs,
      ).toBe(0)

      const res = await post(map.id, { briefs: [briefs.clusterA.id, briefs.pillar.id] }, suite.tokens.editor)
      expect(res.status).toBe(202)
      const body = (await res.json()) as GenerateTopicalMapResult
      expect(idsOf(body.queued)).toEqual([String(briefs.pillar.id), String(briefs.clusterA.id)])
      expect(String(body.batch!.topicalMap)).toBe(String(map.id))
      expect(String(body.batch!.createdBy)).toBe(String(suite.users.editor.id))
      expect(body.forecast.totals.articles).toBe(2)
      await runAll()
    })

    it('400 naming a brief of another map, 400 for an unknown field, 401 without a user, 403 without generate access', async () => {
      const { map } = await fixture()
      const other = await fixture()
      const outside = await post(map.id, { briefs: [other.briefs.clusterA.id] }, suite.tokens.editor)
      expect(outside.status).toBe(400)
      const { errors } = (await outside.json()) as { errors: { field: string; message: string }[] }
      expect(errors[0]!.field).toBe('briefs')
      expect(errors[0]!.message).toContain(
        `brief ${String(other.briefs.clusterA.id)} is not a brief of topical map`,
      )

      const typo = await post(map.id, { maxCost: 5 }, suite.tokens.editor)
      expect(typo.status).toBe(400)
      expect(((await typo.json()) as { errors: { message: string }[] }).errors[0]!.message).toContain(
        'Unknown field(s) "maxCost"',
      )

      expect((await post(map.id, {})).status).toBe(401)
      // A body over limits.maxBodyBytes (1 MB) is refused before it is parsed.
      const huge = await restRequest(payload, 'post', `/topical-maps/${String(map.id)}/generate`, {
        body: `{"briefs":["${'x'.repeat(1_048_576)}"]}`,
        contentType: 'application/json',
        token: suite.tokens.editor,
      })
      expect(huge.status).toBe(413)
      const forbidden = await post(map.id, {}, suite.tokens.viewer)
      expect(forbidden.status).toBe(403)
      expect(
        (
          await payload.count({
            collection: 'articles',
            where: { brief: { in: Object.values((await fixture()).briefs).map((b) => b.id) } },
          })
        ).totalDocs,
      ).toBe(0)
      expect((await restRequest(payload, 'get', `/topical-maps/${map.id}/generation`)).status).toBe(401)
    })
  })

  describe('GraphQL', () => {
    const mutation = `mutation Generate($map: ID!, $dryRun: Boolean, $maxTokens: Int) {
      generateTopicalMap(topicalMap: $map, dryRun: $dryRun, maxTokens: $maxTokens) { batch forecast queued skipped }
    }`
    const query = `query Progress($map: ID!) {
      topicalMapGeneration(topicalMap: $map) { finished totals { articles queued succeeded } articles { brief status phasesDone phasesTotal cost } }
    }`

    it('generateTopicalMap queues like REST (budget included) and topicalMapGeneration follows it', async () => {
      const { briefs, map } = await fixture()
      const dry = await graphqlRequest(payload, mutation, {
        token: suite.tokens.editor,
        variables: { dryRun: true, map: map.id },
      })
      expect(dry.body.errors).toBeUndefined()
      expect(dry.body.data!.generateTopicalMap.batch).toBeNull()
      const pillarTokens = dry.body.data!.generateTopicalMap.forecast.articles[0].tokens as number

      const { body } = await graphqlRequest(payload, mutation, {
        token: suite.tokens.editor,
        variables: { map: map.id, maxTokens: pillarTokens },
      })
      expect(body.errors).toBeUndefined()
      const generated = body.data!.generateTopicalMap
      expect(idsOf(generated.queued)).toEqual([String(briefs.pillar.id)])
      expect(generated.skipped.map((s: { reason: string }) => s.reason)).toEqual(['budget', 'budget'])

      const before = await graphqlRequest(payload, query, {
        token: suite.tokens.editor,
        variables: { map: map.id },
      })
      expect(before.body.data!.topicalMapGeneration.totals).toEqual({ articles: 3, queued: 1, succeeded: 0 })
      await runAll()
      const after = await graphqlRequest(payload, query, {
        token: suite.tokens.editor,
        variables: { map: map.id },
      })
      expect(after.body.data!.topicalMapGeneration.finished).toBe(true)
      expect(after.body.data!.topicalMapGeneration.articles.map((a: { status: string }) => a.status)).toEqual(
        ['succeeded', 'skipped', 'skipped'],
      )

      const denied = await graphqlRequest(payload, mutation, {
        token: suite.tokens.viewer,
        variables: { map: map.id },
      })
      expect(denied.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    })
  })
})
