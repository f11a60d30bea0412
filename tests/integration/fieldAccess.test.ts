/**
 * Field-level read access on articles: anonymous readers of a published article get what the page
 * shows, over REST, GraphQL and the site's own `overrideAccess: false` reads; logged-in users get
 * everything about how it was made; the pipeline (Local API, access overridden) is unaffected.
 */
import type { CollectionConfig, Payload } from 'payload'

import { ArticleView } from '../../dev/app/(frontend)/articles/[slug]/ArticleView.js'
import { articleEvidence } from '../../dev/lib/articleEvidence.js'
import { findArticle, listPublishedArticles } from '../../dev/lib/articles.js'
import { getPromptKitOptions } from '../../src/pluginOptions.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { graphqlRequest } from '../support/graphql.js'
import { createPublishableBrief, publishableArticle } from '../support/publishableArticle.js'
import { loginToken, restRequest } from '../support/rest.js'
import { createUser, startTestPayload, stopTestPayload } from '../support/testPayload.js'
import { renderTree } from '../unit/frontend/render.js'

reportSkippedDatabases()

type Doc = Record<string, any> & { id: number | string }

/** How the article was made, as filled here (an override reason needs an admin, and is hidden too). */
const madeFields = ['run', 'pipeline', 'proposals', 'outline', 'research', 'seoReview', 'seoReviewDismissed', 'eeat', 'social']
/** Never in an anonymous answer. */
const internalFields = [...madeFields, 'publishOverride']
/** Whether `value` tells anything: an empty array or a group of nulls (GraphQL's answer for a hidden group) does not. */
const holdsData = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.length > 0
    : value !== null && typeof value === 'object'
      ? Object.values(value).some(holdsData)
      : value !== null && value !== undefined
/** Which of `names` carry a value in `doc`. */
const present = (doc: Doc, names: string[]) => names.filter((name) => holdsData(doc[name]))

const noLlm = { llm: { baseURL: 'http://127.0.0.1:9/v1', model: 'unused' }, seedDefaultKit: false }

/** An article with every internal field filled the way the pipeline fills them. */
const madeArticle = (ids: { author: Doc['id']; brief: Doc['id']; linked: Doc['id'] }, slug: string) => ({
  ...publishableArticle({ author: ids.author, brief: ids.brief, slug }),
  _status: 'published',
  imagePlan: [
    {
      altText: 'Stages of a CI pipeline',
      description: 'Lint, test, build, deploy.',
      filename: 'ci-stages.png',
      format: 'simplified-diagram',
      placement: 'Pipeline stages',
      type: 'diagram',
    },
  ],
  internalLinks: [{ anchorText: 'release checklists', article: ids.linked, placement: 'Choosing tools' }],
  outline: { sections: ['CI', 'CD'] },
  pipeline: [{ error: 'phase meta: LLM answer failed validation at title', inputHash: 'hash-of-inputs', phase: 'meta', status: 'failed' }],
  proposals: [{ field: 'meta', phase: 'meta', value: { title: 'A proposed title' } }],
  research: { sources: ['internal wiki'] },
  run: { error: 'LLM validation error: secret detail', job: 'job-42', runId: 'run-42', status: 'failed', triggeredBy: ids.author },
  seoReview: { score: 71 },
  seoReviewDismissed: ['keywordPlacement:abc123'],
  social: { linkedinPost: 'Not posted yet.' },
})

describe.each(databasesUnderTest())('article field access on %s', (db) => {
  let payload: Payload
  let token: string
  let article: Doc

  beforeAll(async () => {
    payload = await startTestPayload({ db, plugin: noLlm })
    const author = (await createUser(payload, `author-${db}@example.com`)) as Doc
    token = await loginToken(payload, `author-${db}@example.com`)
    const brief = await createPublishableBrief(payload)
    const linked = (await payload.create({
      collection: 'articles',
      data: { ...madeArticle({ author: author.id, brief: brief.id, linked: author.id }, 'linked'), internalLinks: [] },
    })) as Doc
    article = (await payload.create({
      collection: 'articles',
      data: madeArticle({ author: author.id, brief: brief.id, linked: linked.id }, 'made'),
    })) as Doc
  })
  afterAll(() => stopTestPayload(payload))

  const getRest = async (path: string, withToken?: string) => {
    const response = await restRequest(payload, 'GET', path, { token: withToken })
    return { body: (await response.json()) as Doc, status: response.status }
  }

  it('keeps every internal field for the pipeline (Local API)', () => {
    expect(present(article, madeFields)).toEqual(madeFields)
  })

  it('answers an anonymous REST read with what the page shows, at any depth', async () => {
    const { body, status } = await getRest(`/articles/${article.id}?depth=3`)
    expect(status).toBe(200)
    expect(present(body, internalFields)).toEqual([])
    expect(body).toMatchObject({ faq: article.faq, jsonLd: article.jsonLd, meta: article.meta, slug: 'made', title: article.title })
    // The fields a figure needs; the editors-only ones (type, format) are absent. An empty caption is
    // `null` on SQL and may be missing on MongoDB, so it is not compared.
    expect(body.imagePlan.map(({ caption: _caption, id: _id, ...row }: Doc) => row)).toEqual([
      { altText: 'Stages of a CI pipeline', description: 'Lint, test, build, deploy.', filename: 'ci-stages.png', placement: 'Pipeline stages' },
    ])
    expect(body.internalLinks[0]).toMatchObject({ anchorText: 'release checklists', placement: 'Choosing tools' })
    // The linked article is populated under the same rules.
    expect(body.internalLinks[0].article.slug).toBe('linked')
    expect(present(body.internalLinks[0].article, internalFields)).toEqual([])
  })

  it('answers an anonymous list the same way', async () => {
    const { body } = await getRest(`/articles?where[slug][equals]=made&depth=1`)
    expect(body.docs.map((doc: Doc) => doc.slug)).toEqual(['made'])
    expect(present(body.docs[0], internalFields)).toEqual([])
  })

  it('does not let an anonymous query test the values of internal fields', async () => {
    const { body, status } = await getRest(`/articles?where[run.error][like]=secret`)
    expect(status).toBe(400)
    expect(JSON.stringify(body)).not.toContain('"made"')
  })

  it('keeps the other ways to the pipeline state closed to anonymous readers', async () => {
    const rest = await getRest(`/articles/${article.id}/pipeline`)
    expect(rest.status).toBe(401)
    const versions = await getRest(`/articles/versions?where[parent][equals]=${article.id}`)
    expect(versions.status).toBe(403)
    const graphql = await graphqlRequest(payload, `query ($id: ID!) { articlePipeline(article: $id) { __typename } }`, {
      variables: { id: String(article.id) },
    })
    expect(graphql.body.errors?.[0]?.extensions?.statusCode).toBe(401)
    for (const answer of [rest.body, versions.body, graphql.body]) expect(JSON.stringify(answer)).not.toContain('run-42')
  })

  it('answers a logged-in REST read with everything', async () => {
    const { body } = await getRest(`/articles/${article.id}?depth=0`, token)
    expect(present(body, madeFields)).toEqual(madeFields)
    expect(body.run).toMatchObject({ error: 'LLM validation error: secret detail', runId: 'run-42' })
    expect(body.pipeline[0]).toMatchObject({ error: 'phase meta: LLM answer failed validation at title', inputHash: 'hash-of-inputs' })
    expect(body.imagePlan[0]).toMatchObject({ format: 'simplified-diagram', type: 'diagram' })
  })

  it('applies the same rules in GraphQL', async () => {
    const idType = typeof article.id === 'number' ? 'Int' : 'String'
    const query = `query ($id: ${idType}!) { Article(id: $id) {
      title run { runId error } pipeline { error } proposals { field } eeat { text } social { linkedinPost }
      outline research seoReview imagePlan { altText type format }
    } }`
    const anonymous = await graphqlRequest(payload, query, { variables: { id: article.id } })
    expect(anonymous.body.errors).toBeUndefined()
    const shownAnonymously = anonymous.body.data!.Article as Doc
    expect(shownAnonymously.title).toBe(article.title)
    expect(present(shownAnonymously, internalFields)).toEqual([])
    expect(shownAnonymously.imagePlan).toEqual([{ altText: 'Stages of a CI pipeline', format: null, type: null }])
    const loggedIn = await graphqlRequest(payload, query, { token, variables: { id: article.id } })
    expect(loggedIn.body.data!.Article).toMatchObject({
      // GraphQL spells select values as enum names.
      imagePlan: [{ format: 'simplified_diagram', type: 'diagram' }],
      run: { error: 'LLM validation error: secret detail', runId: 'run-42' },
      seoReview: { score: 71 },
    })
  })

  it('still gives the dev site what it renders (anonymous reads, as the site makes them)', async () => {
    const options = getPromptKitOptions(payload)
    const site = {
      articlePath: options.site.articlePath,
      articlesCollection: options.articles.collection,
      mediaCollection: options.mediaCollection,
      siteUrl: options.site.url,
      slugs: options.slugs,
    }
    const summaries = await listPublishedArticles(payload as never, site)
    expect(summaries.map((summary) => summary.title).sort()).toEqual([article.title, article.title])

    const shown = await findArticle(payload as never, site, 'made', null)
    expect(present(shown as Doc, internalFields)).toEqual([])
    const evidence = await articleEvidence(payload as never, site, shown!, null)
    const html = await renderTree(ArticleView, { article: shown!, evidence, imageSources: new Map(), jsonLd: shown!.jsonLd, preview: false, site })
    expect(html).toMatch(/<h1[^>]*>CI vs CD: What Python Developers Need to Know<\/h1>/)
    // A planned image nobody uploaded yet stays off the public page.
    expect(html).not.toContain('alt="Stages of a CI pipeline"')
    expect(html).toContain('>release checklists</a>')
    expect(html).toContain('What is the difference between CI vs CD?')
    expect(html).toContain('application/ld+json')
    // The ledger is hidden from readers, but its verified, complete items are on the page.
    expect(html).toContain('<blockquote cite="https://continuousdelivery.com/">')
  })
})

/** A host collection the plugin merges its fields into. */
const posts: CollectionConfig = {
  slug: 'posts',
  access: { read: ({ req }) => (req.user ? true : { _status: { equals: 'published' } }) },
  fields: [{ name: 'title', type: 'text', required: true }],
}

describe.each(databasesUnderTest())('field access in a host collection on %s', (db) => {
  let payload: Payload
  let post: Doc

  beforeAll(async () => {
    payload = await startTestPayload({ collections: [posts], db, plugin: { ...noLlm, articles: { collection: 'posts' } } })
    const brief = await createPublishableBrief(payload)
    post = (await payload.create({
      collection: 'posts' as never,
      data: {
        ...publishableArticle({ brief: brief.id, slug: 'host-post' }),
        _status: 'published',
        run: { error: 'secret detail', runId: 'run-7' },
      },
    })) as Doc
  })
  afterAll(() => stopTestPayload(payload))

  // Also proves the GraphQL harness builds this config's schema (Post) after the one above (Article).
  it('hides the internal fields from anonymous readers in GraphQL and REST', async () => {
    const idType = typeof post.id === 'number' ? 'Int' : 'String'
    const { body } = await graphqlRequest(payload, `query ($id: ${idType}!) { Post(id: $id) { title run { runId } } }`, {
      variables: { id: post.id },
    })
    expect(body.errors).toBeUndefined()
    expect(body.data!.Post.title).toBe(post.title)
    expect(present(body.data!.Post, ['run'])).toEqual([])
    const response = await restRequest(payload, 'GET', `/posts/${post.id}`)
    const rest = (await response.json()) as Doc
    expect(rest.title).toBe(post.title)
    expect(present(rest, internalFields)).toEqual([])
  })
})
