import type { Payload } from 'payload'

import { pipelineContext } from '../../src/pipeline/pipelineWrite.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { graphqlRequest } from '../support/graphql.js'
import { createArticle, createBriefWithSibling } from '../support/pipelineFixtures.js'
import { pipelineSuite } from '../support/pipelineSuite.js'
import { restRequest } from '../support/rest.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }

const since = '2026-12-01T10:02:07.000Z'
const nextTryAt = '2026-12-01T10:06:30.000Z'
const reason = '503 Service Unavailable'

describe.each(databasesUnderTest())('pipeline status while the LLM is away, on %s', (db) => {
  const suite = pipelineSuite(db, { users: ['editor'] })
  let payload: Payload
  let n = 0
  beforeAll(() => {
    payload = suite.payload
  })

  /** An article whose run is in the given state, written as the pipeline writes it. */
  const articleWithRun = async (run: Record<string, unknown>) => {
    const { brief } = await createBriefWithSibling(payload, `status${++n}`)
    const article = await createArticle(payload, brief)
    await payload.update({ collection: 'articles', context: pipelineContext(), data: { run }, draft: true, id: article.id })
    return article
  }
  const restStatus = async (article: Doc) => {
    const res = await restRequest(payload, 'get', `/articles/${article.id}/pipeline`, { token: suite.tokens.editor })
    expect(res.status).toBe(200)
    return (await res.json()) as { run: Record<string, unknown> }
  }
  const query = `query Pipeline($article: ID!) {
    articlePipeline(article: $article) { run waitingForLlm { since nextTryAt reason } }
  }`

  it('reports a running run that waits for the LLM: since, next try and reason (REST and GraphQL)', async () => {
    // Running without a job: started directly, so active without a worker.
    const article = await articleWithRun({ llmNextTryAt: nextTryAt, llmWaitReason: reason, llmWaitSince: since, runId: 'run_wait1', status: 'running' })

    const { run } = await restStatus(article)
    expect(run).toMatchObject({ active: true, id: 'run_wait1', status: 'running' })
    expect(run.waitingForLlm).toEqual({ nextTryAt, reason, since })

    const { body } = await graphqlRequest(payload, query, { token: suite.tokens.editor, variables: { article: article.id } })
    expect(body.errors).toBeUndefined()
    expect(body.data!.articlePipeline.waitingForLlm).toEqual({ nextTryAt, reason, since })
    expect(body.data!.articlePipeline.run.waitingForLlm).toEqual({ nextTryAt, reason, since })
  })

  it('reports no wait once the endpoint answered again (fields cleared)', async () => {
    const article = await articleWithRun({ llmNextTryAt: null, llmWaitReason: null, llmWaitSince: null, runId: 'run_wait2', status: 'running' })
    const { run } = await restStatus(article)
    expect(run).toMatchObject({ active: true, waitingForLlm: null })
    const { body } = await graphqlRequest(payload, query, { token: suite.tokens.editor, variables: { article: article.id } })
    expect(body.data!.articlePipeline.waitingForLlm).toBeNull()
  })

  it('reports no wait for a run that has ended, whatever fields a dead worker left behind', async () => {
    const article = await articleWithRun({
      finishedAt: '2026-12-01T10:30:00.000Z',
      llmNextTryAt: nextTryAt,
      llmWaitReason: reason,
      llmWaitSince: since,
      runId: 'run_wait3',
      status: 'failed',
    })
    const { run } = await restStatus(article)
    expect(run).toMatchObject({ active: false, status: 'failed', waitingForLlm: null })
  })
})
