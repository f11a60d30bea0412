import type { Payload } from 'payload'

import type { RecordedRequest } from '../support/fakeOpenAI.js'
import type { RefinementState } from '../../src/refine/state.js'

import { generateArticle } from '../../src/generateArticle.js'
import { runPendingPipelines } from '../../src/jobs/runPendingPipelines.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { createArticle, createBriefWithSibling, phaseOfRequest, pipelineResponder, sampleContent } from '../support/pipelineFixtures.js'
import { pipelineSuite } from '../support/pipelineSuite.js'
import { fixedMeta, fixesOnRevision, isRevision, promptOf } from '../support/refinementAnswers.js'
import { restRequest } from '../support/rest.js'
import { waitFor } from '../support/waitFor.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }

describe.each(databasesUnderTest())('refinement rounds on %s', (db) => {
  // The budget only stops a run that spent a dollar: the budget test's review answer costs two.
  const suite = pipelineSuite(db, { plugin: { autoPublish: true, pipeline: { budget: { maxCostUsd: 1 } }, refine: { maxRounds: 2 } }, users: ['editor'] })
  let payload: Payload
  let n = 0
  beforeAll(() => {
    payload = suite.payload
  })

  const read = async (id: Doc['id']) => (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id })) as Doc
  const refinementOf = async (id: Doc['id']) => (await read(id)).run as { refinement: RefinementState; runId: string }
  const generationsOf = async (articleId: Doc['id']) =>
    (await payload.find({ collection: 'generations', depth: 0, limit: 200, pagination: false, sort: 'createdAt', where: { article: { equals: articleId } } })).docs as Doc[]
  /** Generate a new article of a fresh brief through the job queue, as the admin's button does. */
  const generate = async (phases?: string[], article?: Doc) => {
    const target = article ?? (await createArticle(payload, (await createBriefWithSibling(payload, `refine${++n}`)).brief))
    const { runId } = await generateArticle(payload, { article: target.id, phases })
    await runPendingPipelines(payload)
    return { article: target, runId }
  }
  const revisions = (phase: string) => suite.fake.requests.filter((r: RecordedRequest) => phaseOfRequest(r) === phase && isRevision(r))

  it('feeds each failed check back to the phase that owns it, records the round and publishes once the checks pass', async () => {
    suite.script = pipelineResponder(fixesOnRevision)
    const before = suite.fake.requests.length
    const { article, runId } = await generate()
    const revised = suite.fake.requests.slice(before).filter(isRevision).map(phaseOfRequest).sort()
    // The link to the unpublished sibling waits for it (a warning): no failed check, so no revision.
    expect(revised).toEqual(['body', 'introduction', 'meta'])

    const prompt = (phase: string) => promptOf(revisions(phase).at(-1)!)
    expect(prompt('meta')).toMatch(/- Keyword in meta description: The meta description does not contain the primary keyword "ci vs cd python"/)
    expect(prompt('meta')).toContain('Your previous answer:')
    expect(prompt('meta')).not.toMatch(/Keyword in first 100 words|Keyword in an H2/)
    expect(prompt('introduction')).toMatch(/- Keyword in first 100 words: /)
    expect(prompt('introduction')).not.toMatch(/Keyword in meta description/)
    expect(prompt('body')).toMatch(/- Keyword in an H2: None of the \d+ H2 headings contains the primary keyword/)

    const saved = await read(article.id)
    expect((saved.meta as { description: string }).description).toBe(fixedMeta.metaDescription)
    const roundGenerations = (await generationsOf(article.id)).filter((g) => g.run === `${runId}~r1`)
    // The review is built on the revised text: it runs again in the round, so nothing is left stale.
    expect(roundGenerations.map((g) => g.phase).sort()).toEqual(['body', 'introduction', 'meta', 'seoReview'])
    expect(((saved.pipeline as Array<{ status: string }>).map((row) => row.status)).filter((status) => status !== 'done')).toEqual([])
    expect(roundGenerations.every((g) => g.status === 'succeeded')).toBe(true)

    const { refinement } = await refinementOf(article.id)
    expect(refinement).toMatchObject({ baseRunId: runId, maxRounds: 2, round: 1, status: 'passed' })
    expect(refinement.remaining.filter((r) => r.severity === 'error')).toEqual([])
    expect(saved._status).toBe('published')
    expect((saved.internalLinks as Doc[]).map((row) => row.anchorText)).toEqual(['choosing a CI service'])
  })

  it('stops after refine.maxRounds and lists what still fails, with the phase that owns it', async () => {
    // meta never learns; the others fix their checks in the first round.
    suite.script = pipelineResponder({ ...fixesOnRevision, meta: () => undefined })
    const before = revisions('meta').length
    const { article, runId } = await generate()
    expect(revisions('meta').length - before).toBe(2)
    const { refinement, runId: lastRun } = await refinementOf(article.id)
    expect(lastRun).toBe(`${runId}~r2`)
    expect(refinement).toMatchObject({ round: 2, status: 'exhausted' })
    expect(refinement.tasks.map((task) => [task.phase, task.checks.map((check) => check.id)])).toEqual([['meta', ['keyword-in-meta-description', 'keyword-in-meta-title']]])
    expect(refinement.remaining).toContainEqual(expect.objectContaining({ id: 'keyword-in-meta-description', owner: 'meta', severity: 'error' }))
    expect((await read(article.id))._status).toBe('draft')
  })

  it('runs no round once the article has spent its budget, and says so', async () => {
    // The review reports a dear call ($2 of the $1 budget); it answers once every other phase has
    // asked, so the base run itself is not cut short by the budget.
    const others = ['outline', 'research', 'introduction', 'body', 'eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social']
    const script = pipelineResponder({
      seoReview: async (req) => {
        await waitFor(async () => others.every((phase) => (script.counts[phase] ?? 0) >= 1))
        return { content: sampleContent('seoReview', req), usage: { cached_tokens: 0, completion_tokens: 1_000_000, prompt_tokens: 400 } }
      },
    })
    suite.script = script
    const before = suite.fake.requests.length
    const { article } = await generate()
    expect(suite.fake.requests.slice(before).filter(isRevision)).toEqual([])
    const { refinement } = await refinementOf(article.id)
    expect(refinement.status).toBe('stopped')
    expect(refinement.stoppedBecause).toBe("the article's budget of $1 is spent")
    expect(refinement.remaining.map((r) => r.id)).toContain('keyword-in-meta-description')
  })

  it("turns a refinement of a field an editor changed into a proposal and keeps the editor's text", async () => {
    suite.script = pipelineResponder(fixesOnRevision)
    const { article } = await generate()
    // Over 100 words without the keyword, so the opening check fails on the editor's text alone.
    const words = 'My own opening, with no keyword at all. '.repeat(15)
    const mine = { root: { children: [{ children: [{ detail: 0, format: 0, mode: 'normal', style: '', text: words, type: 'text', version: 1 }], direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', type: 'paragraph', version: 1 }], direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 } }
    const patched = await restRequest(payload, 'patch', `/articles/${article.id}?draft=true`, { body: { introduction: mine }, token: suite.tokens.editor })
    expect(patched.status).toBe(200)

    const before = revisions('introduction').length
    const { runId } = await generate(['introduction'], article)
    // The run's own answer and one refinement become proposals; a proposal is not refined again.
    expect(revisions('introduction').length - before).toBe(1)
    const saved = await read(article.id)
    expect(JSON.stringify(saved.introduction)).toContain('My own opening, with no keyword at all.')
    const proposals = saved.proposals as Array<{ field: string; generation: number | string; phase: string }>
    const roundGeneration = (await generationsOf(article.id)).find((g) => g.run === `${runId}~r1` && g.phase === 'introduction')!
    expect(proposals.find((p) => p.field === 'introduction')?.generation).toEqual(roundGeneration.id)
    const { refinement } = await refinementOf(article.id)
    expect(refinement).toMatchObject({ proposed: ['introduction'], scope: ['introduction'], status: 'needsEditor' })
    expect(refinement.remaining).toContainEqual(expect.objectContaining({ id: 'keyword-in-opening', owner: 'introduction' }))
  })

  it('re-runs a phase with feedback from REST (an applied review item), and refuses malformed feedback naming the field', async () => {
    suite.script = pipelineResponder(fixesOnRevision)
    const { article } = await generate()
    const post = (body: unknown) => restRequest(payload, 'post', `/articles/${article.id}/generate`, { body, token: suite.tokens.editor })

    const unknownPhase = await post({ feedback: { nope: ['x'] } })
    expect(unknownPhase.status).toBe(400)
    expect(await unknownPhase.json()).toEqual({ errors: [{ field: 'feedback', message: expect.stringMatching(/^Unknown phase "nope"; the kit has: outline, /) }] })
    const empty = await post({ feedback: { meta: [] } })
    expect(empty.status).toBe(400)
    expect(await empty.json()).toEqual({ errors: [expect.objectContaining({ field: 'feedback.meta', message: expect.stringMatching(/list at least one problem to fix/) })] })

    const before = revisions('faq').length
    const accepted = await post({ feedback: { faq: ['Add a question about GitHub Actions pricing.'] } })
    expect(accepted.status).toBe(202)
    expect(((await accepted.json()) as { phases: string[] }).phases).toEqual(['faq'])
    await runPendingPipelines(payload)
    expect(revisions('faq').length - before).toBe(1)
    expect(promptOf(revisions('faq').at(-1)!)).toMatch(/- Add a question about GitHub Actions pricing\.\n\nYour previous answer:\n\S/)
  })
})
